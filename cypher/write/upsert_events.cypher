// Events with their merged attributes (computed by EventAggregation from every report).
UNWIND $rows AS row
MERGE (e:Event {uid: row.uid})
SET e = row.properties
