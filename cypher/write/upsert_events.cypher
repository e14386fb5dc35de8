// Events with their merged attributes (computed by EventAggregation from every report).
// ON CREATE/ON MATCH instead of a plain SET: the same effect without an Eager operator (every row buffered) on 3.x.
UNWIND $rows AS row
MERGE (e:Event {uid: row.uid})
ON CREATE SET e = row.properties
ON MATCH SET e = row.properties
