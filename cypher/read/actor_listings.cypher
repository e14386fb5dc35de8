// How the stored documents list these actors (name, kind, aliases), to choose each actor's canonical form.
UNWIND $actors AS actorUid
MATCH (a:Actor {uid: actorUid})-[l:LISTED_IN]->(d:Document)
USING INDEX a:Actor(uid)
RETURN a.id AS actor, d.id AS document, l.name AS name, l.kind AS kind, l.aliases AS aliases
