// Event mentions (with the reports on them) and actor listings (with the actor mentions on them) of these documents.
// MERGE as the lookup (see write/document_facts); the documents exist.
UNWIND $documents AS documentUid
MERGE (d:Document {uid: documentUid})
WITH d
MATCH (d)<-[r:MENTIONED_IN|LISTED_IN]-()
DELETE r
