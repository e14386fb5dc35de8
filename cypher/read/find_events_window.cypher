// The timeline of a date window (--from/--to, and as-of snapshots): like read/find_events, but starting from a range
// seek on Event(startDay) instead of every event of the graph. An event [start, end] meets the window when
// end >= $from and start <= $to; as no stored event is longer than the graph's maxSpan (read/graph_span, kept by
// write/graph_span), that implies $low <= start <= $high with $low = $from - maxSpan and $high = $to (or the
// smallest/largest epoch day when a side is open, and $high <= $asOf). The exact predicates follow as filters, so the
// result is read/find_events' result. Undated events have no startDay and never meet a window.
MATCH (e:Event) USING INDEX e:Event(startDay)
WHERE e.startDay >= $low AND e.startDay <= $high
  AND e.graph = $graph
  AND ($types IS NULL OR e.type IN $types)
  AND ($modalities IS NULL OR e.modality IN $modalities)
  AND e.confidence >= $minConfidence
  AND ($from IS NULL OR e.endDay >= $from)
  AND ($to IS NULL OR e.startDay <= $to)
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
