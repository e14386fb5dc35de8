// Every actor with its event count, mention count (kept on its listings) and first/last event day, by id.
// The mentions are counted before the OPTIONAL MATCH: on Neo4j 3.1 a pattern comprehension after an OPTIONAL MATCH
// that found nothing returns null instead of the actor's mentions.
MATCH (a:Actor)
WHERE a.graph = $graph
WITH a, reduce(n = 0, begins IN [(a)-[l:LISTED_IN]->(:Document) | coalesce(l.mentionBegins, [])] | n + size(begins)) AS mentions
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WITH a, mentions, count(DISTINCT e) AS events, min(e.startDay) AS firstDay, max(e.endDay) AS lastDay
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, events, mentions, firstDay, lastDay
ORDER BY id
