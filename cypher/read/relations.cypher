// Relations whose evidence document was published by $end (an epoch day), or all when $end is null.
MATCH (s:Actor)-[r:HOLDS_ROLE|MEMBER_OF|PART_OF]->(t:Actor)
WHERE s.graph = $graph AND ($end IS NULL OR r.publishedDay <= $end)
RETURN s.id AS source, type(r) AS type, t.id AS target, r.title AS title, r.sinceDay AS sinceDay,
       r.document AS document, r.begin AS begin, r.end AS end
