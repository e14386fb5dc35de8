// Relations read from these documents (found through the actors each document lists).
// MERGE as the lookup (see write/document_facts); the documents exist.
UNWIND $documents AS document
MERGE (d:Document {uid: document.uid})
WITH d, document
MATCH (d)<-[:LISTED_IN]-(a)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->()
WHERE r.document = document.id
DELETE r
