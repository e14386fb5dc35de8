UNWIND $events AS eventUid
MATCH (:Event {uid: eventUid})<-[p:PARTICIPATED_IN]-(:Actor)
DELETE p
