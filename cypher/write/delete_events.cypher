// Events left without any report.
UNWIND $events AS eventUid
MATCH (e:Event {uid: eventUid})
USING INDEX e:Event(uid)
DETACH DELETE e
