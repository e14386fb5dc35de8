// The stored canonical form of these actors, to fold new listings into it without reading every old listing.
// MERGE as the lookup (see write/document_facts): an actor not stored yet is created with its uid only (and gets its
// properties from write/upsert_actors in the same transaction); it has no stored form and gives no row.
UNWIND $actors AS actorUid
MERGE (a:Actor {uid: actorUid})
WITH a
WHERE a.id IS NOT NULL
RETURN a.id AS actor, a.name AS name, a.kind AS kind, a.nameDocument AS nameDocument, a.aliases AS aliases,
       a.nameKeys AS nameKeys, a.aliasKeys AS aliasKeys
