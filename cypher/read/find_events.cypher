// The timeline: events matching a filter, dated ones by start, width and id, then undated ones in document order.
// Null parameters mean "any". $asOf (epoch day): events starting by then with a mention published by then.
MATCH (e:Event)
WHERE e.graph = $graph
  AND ($types IS NULL OR e.type IN $types)
  AND ($modalities IS NULL OR e.modality IN $modalities)
  AND e.confidence >= $minConfidence
  AND ($from IS NULL OR e.endDay >= $from)
  AND ($to IS NULL OR e.startDay <= $to)
  AND ($includeUndated OR e.startDay IS NOT NULL)
  AND ($actors IS NULL OR any(x IN [(a:Actor)-[:PARTICIPATED_IN]->(e) | a.id] WHERE x IN $actors))
  AND ($first IS NULL OR (any(x IN [(a:Actor)-[:PARTICIPATED_IN]->(e) | a.id] WHERE x = $first)
                          AND any(x IN [(a:Actor)-[:PARTICIPATED_IN]->(e) | a.id] WHERE x = $second)))
  AND ($source IS NULL OR any(x IN [(e)-[:MENTIONED_IN]->(d:Document) | d.sourceKey] WHERE x = $source))
  AND ($asOf IS NULL OR (e.startDay <= $asOf AND any(x IN [(e)-[:MENTIONED_IN]->(d:Document) | d.publishedDay] WHERE x <= $asOf)))
WITH e
ORDER BY e.startDay IS NULL, e.startDay, e.endDay - e.startDay,
         CASE WHEN e.startDay IS NULL THEN e.orderDocument END, CASE WHEN e.startDay IS NULL THEN e.orderOffset END, e.id
WITH collect(e) AS timeline
// Slicing instead of LIMIT: a null $limit means all, and 3.1 sizes its top-N buffer by LIMIT.
UNWIND timeline[0..coalesce($limit, size(timeline))] AS e
RETURN e {.id, .type, .mode, .modality, .startDay, .endDay, .granularity, .value, .confidence} AS event,
       [(a:Actor)-[p:PARTICIPATED_IN]->(e) | [a.id, p.role]] AS participants,
       [(e)-[m:MENTIONED_IN]->(d:Document) | m {.begin, .end, .sentence, .trigger, .triggerBegin, .triggerEnd, .modality,
                                                .confidence, .timeText, .timeBegin, .timeEnd, document: d.id}] AS mentions
