UNWIND $actors AS actorUid
MATCH (a:Actor {uid: actorUid})
USING INDEX a:Actor(uid)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
ORDER BY id
