// Every document's report of these events, optionally only from documents published by $asOf (an epoch day).
UNWIND $events AS eventUid
MATCH (e:Event {uid: eventUid})-[r:REPORTED_IN]->(d:Document)
USING INDEX e:Event(uid)
WHERE $asOf IS NULL OR d.publishedDay <= $asOf
RETURN e.id AS event, d.id AS document,
       r {.type, .mode, .startDay, .endDay, .granularity, .value, .confidence, .participants} AS report,
       [(e)-[m:MENTIONED_IN]->(d) | m {.begin, .end, .sentence, .trigger, .triggerBegin, .triggerEnd, .modality,
                                       .confidence, .timeText, .timeBegin, .timeEnd}] AS mentions
