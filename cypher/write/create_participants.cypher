UNWIND $rows AS row
MATCH (a:Actor {uid: row.actor}), (e:Event {uid: row.event})
CREATE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)
