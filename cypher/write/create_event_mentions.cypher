// One MENTIONED_IN per event mention, grouped by document (one document lookup per document, not per mention).
// Besides the mention, each carries its document's report of the event (report* properties, the input of the merge;
// the same on each of that document's mentions of the event), so a report costs no relationship of its own.
// Lookups are MERGEs on uid constraints, always a unique index seek (see write/document_facts); the nodes exist.
UNWIND $documents AS doc
MERGE (d:Document {uid: doc.uid})
WITH d, doc
UNWIND doc.rows AS row
MERGE (e:Event {uid: row.event})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.properties
