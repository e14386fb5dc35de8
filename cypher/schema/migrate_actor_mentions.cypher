// The actor MENTIONED_IN relationships of an earlier version, for up to $limit actor-document pairs, moved onto the
// pair's LISTED_IN as lists ordered by span (see write/create_listings); returns how many pairs (0: none left).
MATCH (a:Actor)-[:MENTIONED_IN]->(d:Document)
WITH DISTINCT a, d LIMIT $limit
MATCH (a)-[m:MENTIONED_IN]->(d)
WITH a, d, m ORDER BY m.begin, m.end, m.text
WITH a, d, collect(m) AS mentions
OPTIONAL MATCH (a)-[l:LISTED_IN]->(d)
SET l.mentionBegins = [x IN mentions | x.begin], l.mentionEnds = [x IN mentions | x.end],
    l.mentionTexts = [x IN mentions | x.text], l.mentionKinds = [x IN mentions | x.kind]
FOREACH (x IN mentions | DELETE x)
RETURN count(*) AS moved
