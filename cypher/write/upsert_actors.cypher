// Canonical actors: properties plus exactly one kind label. A new actor exists already, with its uid only
// (write/actor_states looked it up with MERGE); `+=` on a match (the map names every property, null removes one).
UNWIND $rows AS row
MERGE (a:Actor {uid: row.uid})
ON CREATE SET a = row.properties
ON MATCH SET a += row.properties
REMOVE a:Person:Country:Organization:Location:Group
FOREACH (_ IN CASE row.properties.kind WHEN 'person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE row.properties.kind WHEN 'country' THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE row.properties.kind WHEN 'organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE row.properties.kind WHEN 'location' THEN [1] ELSE [] END | SET a:Location)
FOREACH (_ IN CASE row.properties.kind WHEN 'group' THEN [1] ELSE [] END | SET a:Group)
