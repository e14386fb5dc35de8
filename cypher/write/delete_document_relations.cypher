// Relations read from these documents (found through the actors each document lists).
UNWIND $documents AS document
MATCH (:Document {uid: document.uid})<-[:LISTED_IN]-(a:Actor)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(:Actor)
WHERE r.document = document.id
DELETE r
