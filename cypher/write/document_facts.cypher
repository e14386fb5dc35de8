// What the stored versions of these documents contributed: the events they report and the actors they list.
// Every node lookup of a write transaction is a MERGE on a uid (a uniqueness constraint): Neo4j 3.1 plans that as
// NodeUniqueIndexSeek(Locking) whatever the label statistics say, while a MATCH (even with USING INDEX) may become a
// NodeIndexScan + Filter per row when it is planned on a nearly empty graph. A document not stored yet is created
// here with its uid only (write/upsert_documents sets its properties in the same transaction) and reports nothing.
// The far ends of the expansions carry no label: MENTIONED_IN only comes from events, LISTED_IN only from actors, and
// an unlabeled end cannot be planned as a label scan + Expand(Into).
UNWIND $documents AS documentUid
MERGE (d:Document {uid: documentUid})
WITH d
WHERE d.id IS NOT NULL
RETURN d.id AS document,
       [(d)<-[:MENTIONED_IN]-(e) | e.id] AS events,
       [(d)<-[:LISTED_IN]-(a) | a.id] AS actors
