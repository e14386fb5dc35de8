// Neo4j 3.x: one statement per line, each run in its own transaction; re-running is a no-op.
CREATE CONSTRAINT ON (d:Document) ASSERT d.uid IS UNIQUE
CREATE CONSTRAINT ON (a:Actor) ASSERT a.uid IS UNIQUE
CREATE CONSTRAINT ON (e:Event) ASSERT e.uid IS UNIQUE
CREATE INDEX ON :Document(graph)
CREATE INDEX ON :Document(publishedDay)
CREATE INDEX ON :Actor(graph)
CREATE INDEX ON :Event(graph)
CREATE INDEX ON :Event(startDay)
CREATE INDEX ON :Event(endDay)
CREATE INDEX ON :Event(type)
