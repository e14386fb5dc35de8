// Which document lists which actor, under which name, kind and aliases (the actor's provenance), with the
// document's mentions of the actor as parallel lists (mentionBegins, mentionEnds, mentionTexts, mentionKinds).
// Grouped by document: one document lookup per document. MERGE looks nodes up (see create_event_mentions).
UNWIND $documents AS doc
MERGE (d:Document {uid: doc.uid})
WITH doc, d
UNWIND doc.rows AS row
MERGE (a:Actor {uid: row.actor})
CREATE (a)-[l:LISTED_IN]->(d)
SET l = row.properties
