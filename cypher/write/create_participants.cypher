// The merged events' participants, grouped by event: one event lookup per event, one actor lookup per participant.
// One hinted MATCH per node: the comma form lets the 3.1 planner meet the hint with an index scan.
UNWIND $rows AS row
MATCH (e:Event {uid: row.event}) USING INDEX e:Event(uid)
UNWIND row.participants AS p
MATCH (a:Actor {uid: p.actor}) USING INDEX a:Actor(uid)
CREATE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
