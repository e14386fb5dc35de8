UNWIND $rows AS row
MERGE (d:Document {uid: row.uid})
ON CREATE SET d = row.properties
ON MATCH SET d = row.properties
