// Neo4j 3.x: the indexes and constraints that exist, as "INDEX ON :Label(property)".
CALL db.indexes() YIELD description RETURN description
