// Events left without any report. MERGE as the lookup (see write/document_facts); the events exist.
UNWIND $events AS eventUid
MERGE (e:Event {uid: eventUid})
DETACH DELETE e
