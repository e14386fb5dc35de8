// Two MATCH clauses with a hint each: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $rows AS row
MATCH (a:Actor {uid: row.actor}) USING INDEX a:Actor(uid)
MATCH (e:Event {uid: row.event}) USING INDEX e:Event(uid)
CREATE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)
