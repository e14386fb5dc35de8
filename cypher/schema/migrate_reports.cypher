// Up to $limit REPORTED_IN relationships of an earlier version, copied onto the mentions of the event in that
// document (report* properties, see write/create_event_mentions) and deleted; returns how many (0: none left).
MATCH (e:Event)-[r:REPORTED_IN]->(d:Document)
WITH e, r, d LIMIT $limit
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d)
SET m.reportType = r.type, m.reportMode = r.mode, m.reportStartDay = r.startDay, m.reportEndDay = r.endDay,
    m.reportGranularity = r.granularity, m.reportValue = r.value, m.reportConfidence = r.confidence,
    m.reportParticipants = r.participants
WITH DISTINCT r
DELETE r
RETURN count(*) AS moved
