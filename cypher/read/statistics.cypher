MATCH (d:Document) WHERE d.graph = $graph
WITH count(d) AS documents
OPTIONAL MATCH (a:Actor) WHERE a.graph = $graph
WITH documents, count(a) AS actors
OPTIONAL MATCH (e:Event) WHERE e.graph = $graph
WITH documents, actors, count(e) AS events, sum(size([(e)-[m:MENTIONED_IN]->(:Document) | m])) AS mentions
OPTIONAL MATCH (s:Actor)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(:Actor) WHERE s.graph = $graph
RETURN documents, actors, events, mentions, count(r) AS relations
