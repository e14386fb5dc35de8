// Relations read from these documents (found through the actors each document lists).
UNWIND $documents AS document
MATCH (d:Document {uid: document.uid})<-[:LISTED_IN]-(a:Actor)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(:Actor)
USING INDEX d:Document(uid)
WHERE r.document = document.id
DELETE r
