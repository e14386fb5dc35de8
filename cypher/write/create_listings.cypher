// Which document lists which actor, under which name, kind and aliases: the actor's provenance.
// Two MATCH clauses with a hint each: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $rows AS row
MATCH (a:Actor {uid: row.actor}) USING INDEX a:Actor(uid)
MATCH (d:Document {uid: row.document}) USING INDEX d:Document(uid)
CREATE (a)-[l:LISTED_IN]->(d)
SET l = row.properties
