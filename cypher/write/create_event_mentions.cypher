// One MENTIONED_IN per event mention, grouped by document (one document lookup per document, not per mention).
// Besides the mention, each carries its document's report of the event (report* properties, the input of the merge;
// the same on each of that document's mentions of the event), so a report costs no relationship of its own.
// Both ends (written earlier in this transaction) are looked up with MERGE,
// which 3.1 always plans as NodeUniqueIndexSeek(Locking) on the uid constraint: after the Eager this grouping brings,
// the 3.1 planner re-planned a hinted `MATCH (d:Document {uid: …}) USING INDEX …` as NodeIndexScan + Filter once the
// label statistics changed (a scan of every document, actor or event per row; 149 of 215 s of a 20,000-event load).
// The nodes always exist here, so the MERGEs never create.
UNWIND $documents AS doc
MERGE (d:Document {uid: doc.uid})
WITH doc, d
UNWIND doc.rows AS row
MERGE (e:Event {uid: row.event})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.properties
