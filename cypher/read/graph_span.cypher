// The longest span (endDay - startDay, in days) of any event stored in the graph, or no row when the graph has no
// TimelineGraph node (nothing written yet, or written by a version before read/find_events_window).
MATCH (g:TimelineGraph {graph: $graph}) USING INDEX g:TimelineGraph(graph)
RETURN g.maxSpan AS maxSpan
