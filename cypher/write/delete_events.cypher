// Events left without any report.
UNWIND $events AS eventUid
MATCH (e:Event {uid: eventUid})
DETACH DELETE e
