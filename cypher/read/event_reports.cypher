// Every document's report of these events, optionally only from documents published by $asOf (an epoch day): the
// report* properties of the document's mentions of the event (the same on each) and the mentions themselves.
UNWIND $events AS eventUid
MATCH (e:Event {uid: eventUid})-[m:MENTIONED_IN]->(d:Document)
USING INDEX e:Event(uid)
WHERE $asOf IS NULL OR d.publishedDay <= $asOf
WITH e, d, collect(m) AS mentions
WITH e, d, mentions, head(mentions) AS r
RETURN e.id AS event, d.id AS document,
       {type: r.reportType, mode: r.reportMode, startDay: r.reportStartDay, endDay: r.reportEndDay,
        granularity: r.reportGranularity, value: r.reportValue, confidence: r.reportConfidence,
        participants: r.reportParticipants} AS report,
       [m IN mentions | m {.begin, .end, .sentence, .trigger, .triggerBegin, .triggerEnd, .modality, .confidence,
                           .timeText, .timeBegin, .timeEnd}] AS mentions
