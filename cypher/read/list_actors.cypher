// Every actor with its event count, mention count and first/last event day, by id.
MATCH (a:Actor)
WHERE a.graph = $graph
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WITH a, count(DISTINCT e) AS events, min(e.startDay) AS firstDay, max(e.endDay) AS lastDay
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases, events,
       size([(a)-[m:MENTIONED_IN]->(:Document) | m]) AS mentions, firstDay, lastDay
ORDER BY id
