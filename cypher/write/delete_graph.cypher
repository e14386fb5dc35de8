// Removes up to $limit nodes of one graph (tests and benchmarks clean up with it); returns how many.
MATCH (n)
WHERE n.graph = $graph AND (n:Document OR n:Actor OR n:Event OR n:TimelineGraph)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
