// One REPORTED_IN per event and document: what that document said about the event (type, time, participants).
UNWIND $rows AS row
MATCH (e:Event {uid: row.event}), (d:Document {uid: row.document})
CREATE (e)-[r:REPORTED_IN]->(d)
SET r = row.properties
