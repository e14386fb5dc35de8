UNWIND $rows AS row
MATCH (a:Actor {uid: row.actor}), (d:Document {uid: row.document})
CREATE (a)-[m:MENTIONED_IN]->(d)
SET m = row.properties
