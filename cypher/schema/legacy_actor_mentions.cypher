// Actor MENTIONED_IN relationships of an earlier version (now lists on the listings), from the count store.
MATCH (:Actor)-[m:MENTIONED_IN]->() RETURN count(m) AS actorMentions
