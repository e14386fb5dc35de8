// Neo4j 4.4, 5.x and 2025.x: one statement per line, each run in its own transaction; IF NOT EXISTS makes re-runs no-ops.
CREATE CONSTRAINT timeline_document_uid IF NOT EXISTS FOR (d:Document) REQUIRE d.uid IS UNIQUE
CREATE CONSTRAINT timeline_actor_uid IF NOT EXISTS FOR (a:Actor) REQUIRE a.uid IS UNIQUE
CREATE CONSTRAINT timeline_event_uid IF NOT EXISTS FOR (e:Event) REQUIRE e.uid IS UNIQUE
CREATE INDEX timeline_document_graph IF NOT EXISTS FOR (d:Document) ON (d.graph)
CREATE INDEX timeline_document_published_day IF NOT EXISTS FOR (d:Document) ON (d.publishedDay)
CREATE INDEX timeline_actor_graph IF NOT EXISTS FOR (a:Actor) ON (a.graph)
CREATE INDEX timeline_event_graph IF NOT EXISTS FOR (e:Event) ON (e.graph)
CREATE INDEX timeline_event_start_day IF NOT EXISTS FOR (e:Event) ON (e.startDay)
CREATE INDEX timeline_event_end_day IF NOT EXISTS FOR (e:Event) ON (e.endDay)
CREATE INDEX timeline_event_type IF NOT EXISTS FOR (e:Event) ON (e.type)
