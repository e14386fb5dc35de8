// The participants of stored events, before write/events creates their merged participants.
// MERGE as the lookup (see write/document_facts); the events exist.
UNWIND $events AS eventUid
MERGE (e:Event {uid: eventUid})
WITH e
MATCH (e)<-[p:PARTICIPATED_IN]-()
DELETE p
