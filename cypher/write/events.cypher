// The merged events (attributes computed by EventAggregation from every report) and their participants. Every event
// exists already (write/event_reports looked it up with MERGE, creating it bare if new); the participants of stored
// events were removed by write/delete_participants. One event seek per event, one actor seek per participant, both
// MERGE lookups on uid constraints (see write/document_facts). `+=`, not `=`: the map names every property (null
// removes one), and `=` would first remove the uid and so update its index entry again.
UNWIND $rows AS row
MERGE (e:Event {uid: row.uid})
SET e += row.properties
WITH e, row
UNWIND row.participants AS p
MERGE (a:Actor {uid: p.actor})
CREATE (a)-[:PARTICIPATED_IN {role: p.role}]->(e)
