// The stored canonical form of these actors, to fold new listings into it without reading every old listing.
UNWIND $actors AS actorUid
MATCH (a:Actor {uid: actorUid})
USING INDEX a:Actor(uid)
RETURN a.id AS actor, a.name AS name, a.kind AS kind, a.nameDocument AS nameDocument, a.aliases AS aliases,
       a.nameKeys AS nameKeys, a.aliasKeys AS aliasKeys
