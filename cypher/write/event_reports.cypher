// read/event_reports inside a write transaction: every stored document's report of these events. The events are
// looked up with MERGE (see write/document_facts); one not stored yet is created with its uid only, has no report,
// and gets its properties from write/events (or is removed by write/delete_events) in the same transaction.
UNWIND $events AS eventUid
MERGE (e:Event {uid: eventUid})
WITH e
MATCH (e)-[m:MENTIONED_IN]->(d)
WITH e, d, collect(m) AS mentions
WITH e, d, mentions, head(mentions) AS r
RETURN e.id AS event, d.id AS document,
       {type: r.reportType, mode: r.reportMode, startDay: r.reportStartDay, endDay: r.reportEndDay,
        granularity: r.reportGranularity, value: r.reportValue, confidence: r.reportConfidence,
        participants: r.reportParticipants} AS report,
       [m IN mentions | m {.begin, .end, .sentence, .trigger, .triggerBegin, .triggerEnd, .modality, .confidence,
                           .timeText, .timeBegin, .timeEnd}] AS mentions
