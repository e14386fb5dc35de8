// Keeps the graph's longest event span (in days) an upper bound of every stored event's endDay - startDay, for
// read/find_events_window. It only grows: a bound that is too large costs a wider index seek, never a wrong answer.
MERGE (g:TimelineGraph {graph: $graph})
ON CREATE SET g.maxSpan = $span
ON MATCH SET g.maxSpan = CASE WHEN g.maxSpan >= $span THEN g.maxSpan ELSE $span END
