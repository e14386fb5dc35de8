UNWIND $rows AS row
MERGE (d:Document {uid: row.uid})
SET d = row.properties
