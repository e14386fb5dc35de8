// Neo4j 3.x: one statement per line, each run in its own transaction; re-running is a no-op.
// Only indexes a query starts from: the uid constraints (every write and lookup), graph (the scans of one graph),
// TimelineGraph(graph) (the graph's longest event span) and Event(startDay) (the range seek of read/find_events_window).
// The other filters (endDay, type, publishedDay) are applied to the events found, never seeked.
CREATE CONSTRAINT ON (d:Document) ASSERT d.uid IS UNIQUE
CREATE CONSTRAINT ON (a:Actor) ASSERT a.uid IS UNIQUE
CREATE CONSTRAINT ON (e:Event) ASSERT e.uid IS UNIQUE
CREATE INDEX ON :Document(graph)
CREATE INDEX ON :Actor(graph)
CREATE INDEX ON :Event(graph)
CREATE CONSTRAINT ON (g:TimelineGraph) ASSERT g.graph IS UNIQUE
CREATE INDEX ON :Event(startDay)
