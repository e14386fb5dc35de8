// How the stored documents list these actors (name, kind, aliases), to choose each actor's canonical form.
// MERGE as the lookup (see write/document_facts); these actors are always stored (a stored document lists them).
UNWIND $actors AS actorUid
MERGE (a:Actor {uid: actorUid})
WITH a
MATCH (a)-[l:LISTED_IN]->(d)
RETURN a.id AS actor, d.id AS document, l.name AS name, l.kind AS kind, l.aliases AS aliases
