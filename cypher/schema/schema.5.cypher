// Neo4j 4.4, 5.x and 2025.x: one statement per line, each run in its own transaction; IF NOT EXISTS / IF EXISTS make
// re-runs no-ops. Only indexes a query starts from: the uid constraints, graph (the scans of one graph),
// TimelineGraph(graph) (the graph's longest event span) and Event(startDay) (the range seek of read/find_events_window).
CREATE CONSTRAINT timeline_document_uid IF NOT EXISTS FOR (d:Document) REQUIRE d.uid IS UNIQUE
CREATE CONSTRAINT timeline_actor_uid IF NOT EXISTS FOR (a:Actor) REQUIRE a.uid IS UNIQUE
CREATE CONSTRAINT timeline_event_uid IF NOT EXISTS FOR (e:Event) REQUIRE e.uid IS UNIQUE
CREATE INDEX timeline_document_graph IF NOT EXISTS FOR (d:Document) ON (d.graph)
CREATE INDEX timeline_actor_graph IF NOT EXISTS FOR (a:Actor) ON (a.graph)
CREATE INDEX timeline_event_graph IF NOT EXISTS FOR (e:Event) ON (e.graph)
CREATE CONSTRAINT timeline_graph IF NOT EXISTS FOR (g:TimelineGraph) REQUIRE g.graph IS UNIQUE
CREATE INDEX timeline_event_start_day IF NOT EXISTS FOR (e:Event) ON (e.startDay)
// Indexes earlier versions created that no query uses (each costs an index update per written node).
DROP INDEX timeline_document_published_day IF EXISTS
DROP INDEX timeline_event_end_day IF EXISTS
DROP INDEX timeline_event_type IF EXISTS
