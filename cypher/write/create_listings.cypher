// Which document lists which actor, under which name, kind and aliases (the actor's provenance), with the
// document's mentions of the actor as parallel lists (mentionBegins, mentionEnds, mentionTexts, mentionKinds).
// Grouped by document: one document lookup per document. Lookups are MERGEs on uid constraints, always a unique
// index seek (see write/document_facts); the nodes exist.
UNWIND $documents AS doc
MERGE (d:Document {uid: doc.uid})
WITH d, doc
UNWIND doc.rows AS row
MERGE (a:Actor {uid: row.actor})
CREATE (a)-[l:LISTED_IN]->(d)
SET l = row.properties
