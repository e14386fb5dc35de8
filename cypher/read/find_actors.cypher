// Actors whose id, a name a document gave them, or an alias equals the query; $key is the query lower-cased
// (invariant culture) by the client, as nameKeys and aliasKeys are. Best match first: id, then name, then alias.
MATCH (a:Actor)
WHERE a.graph = $graph AND (a.id = $raw OR a.id = $key OR $key IN a.nameKeys OR $key IN a.aliasKeys)
WITH a, CASE WHEN a.id = $raw OR a.id = $key THEN 0 WHEN $key IN a.nameKeys THEN 1 ELSE 2 END AS rank
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
ORDER BY rank, id
