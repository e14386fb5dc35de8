// A graph written before read/find_events_window has events but no TimelineGraph node: its longest event span is
// computed once from the events (the store runs this only when read/graph_span finds no node).
MATCH (e:Event)
WHERE e.graph = $graph AND e.startDay IS NOT NULL
WITH max(e.endDay - e.startDay) AS span
WHERE span IS NOT NULL
MERGE (g:TimelineGraph {graph: $graph})
ON CREATE SET g.maxSpan = span
ON MATCH SET g.maxSpan = CASE WHEN g.maxSpan >= span THEN g.maxSpan ELSE span END
