// Actors that no stored document lists any more.
UNWIND $actors AS actorUid
MATCH (a:Actor {uid: actorUid})
DETACH DELETE a
