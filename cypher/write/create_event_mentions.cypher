UNWIND $rows AS row
MATCH (e:Event {uid: row.event}), (d:Document {uid: row.document})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m = row.properties
