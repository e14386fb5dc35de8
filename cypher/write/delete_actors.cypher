// Actors that no stored document lists any more. MERGE as the lookup (see write/document_facts); the actors exist.
UNWIND $actors AS actorUid
MERGE (a:Actor {uid: actorUid})
DETACH DELETE a
