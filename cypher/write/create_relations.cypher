// Relationship types cannot be parameters, so each known type has its own branch.
// Lookups are MERGEs on uid constraints, always a unique index seek (see write/document_facts); the actors exist.
UNWIND $rows AS row
MERGE (s:Actor {uid: row.source})
MERGE (t:Actor {uid: row.target})
FOREACH (_ IN CASE row.type WHEN 'HOLDS_ROLE' THEN [1] ELSE [] END | CREATE (s)-[r:HOLDS_ROLE]->(t) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'MEMBER_OF' THEN [1] ELSE [] END | CREATE (s)-[r:MEMBER_OF]->(t) SET r = row.properties)
FOREACH (_ IN CASE row.type WHEN 'PART_OF' THEN [1] ELSE [] END | CREATE (s)-[r:PART_OF]->(t) SET r = row.properties)
