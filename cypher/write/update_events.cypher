// Stored events with their merged attributes (computed by EventAggregation from every report).
UNWIND $rows AS row
MATCH (e:Event {uid: row.uid}) USING INDEX e:Event(uid)
SET e = row.properties
