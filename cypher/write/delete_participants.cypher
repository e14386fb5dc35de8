UNWIND $events AS eventUid
MATCH (e:Event {uid: eventUid})<-[p:PARTICIPATED_IN]-(:Actor)
USING INDEX e:Event(uid)
DELETE p
