// Two MATCH clauses with a hint each: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $rows AS row
MATCH (e:Event {uid: row.event}) USING INDEX e:Event(uid)
MATCH (d:Document {uid: row.document}) USING INDEX d:Document(uid)
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.properties
