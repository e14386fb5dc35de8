// Actors that no stored document lists any more.
UNWIND $actors AS actorUid
MATCH (a:Actor {uid: actorUid})
USING INDEX a:Actor(uid)
DETACH DELETE a
