// Documents of one graph, all of them ($documents null) or those with these uids; by id.
MATCH (d:Document)
WHERE d.graph = $graph AND ($documents IS NULL OR d.uid IN $documents)
RETURN d {.id, .title, .language, .published, .source, .url, .origin} AS document
ORDER BY d.id
