// One MENTIONED_IN per event mention, grouped by document (one document lookup per document, not per mention).
// Besides the mention, each carries its document's report of the event (report* properties, the input of the merge;
// the same on each of that document's mentions of the event), so a report costs no relationship of its own.
// One MATCH clause with a hint per node: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $documents AS doc
MATCH (d:Document {uid: doc.uid}) USING INDEX d:Document(uid)
UNWIND doc.rows AS row
MATCH (e:Event {uid: row.event}) USING INDEX e:Event(uid)
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.properties
