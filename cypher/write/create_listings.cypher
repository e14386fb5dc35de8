// Which document lists which actor, under which name, kind and aliases (the actor's provenance), with the
// document's mentions of the actor as parallel lists (mentionBegins, mentionEnds, mentionTexts, mentionKinds).
// Grouped by document: one document lookup per document. One hinted MATCH per node (see create_event_mentions).
UNWIND $documents AS doc
MATCH (d:Document {uid: doc.uid}) USING INDEX d:Document(uid)
UNWIND doc.rows AS row
MATCH (a:Actor {uid: row.actor}) USING INDEX a:Actor(uid)
CREATE (a)-[l:LISTED_IN]->(d)
SET l = row.properties
