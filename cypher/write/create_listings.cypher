// Which document lists which actor, under which name, kind and aliases: the actor's provenance.
UNWIND $rows AS row
MATCH (a:Actor {uid: row.actor}), (d:Document {uid: row.document})
CREATE (a)-[l:LISTED_IN]->(d)
SET l = row.properties
