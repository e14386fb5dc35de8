// Relationship types cannot be parameters, so each known type has its own branch.
// Two MATCH clauses with a hint each: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $rows AS row
MATCH (s:Actor {uid: row.source}) USING INDEX s:Actor(uid)
MATCH (t:Actor {uid: row.target}) USING INDEX t:Actor(uid)
FOREACH (_ IN CASE row.type WHEN 'HOLDS_ROLE' THEN [1] ELSE [] END | CREATE (s)-[r:HOLDS_ROLE]->(t) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (s)-[r:MEMBER_OF]->(t) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END | CREATE (s)-[r:PART_OF]->(t) SET r = row.properties)
