// Neo4j 3.x: one statement per line, each run in its own transaction; re-running is a no-op.
// Only indexes a query starts from: the uid constraints (every write and lookup) and graph (the scans of one graph).
// Range filters (startDay, endDay, type, publishedDay) are applied to the events of one graph, never seeked.
CREATE CONSTRAINT ON (d:Document) ASSERT d.uid IS UNIQUE
CREATE CONSTRAINT ON (a:Actor) ASSERT a.uid IS UNIQUE
CREATE CONSTRAINT ON (e:Event) ASSERT e.uid IS UNIQUE
CREATE INDEX ON :Document(graph)
CREATE INDEX ON :Actor(graph)
CREATE INDEX ON :Event(graph)
