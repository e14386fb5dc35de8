// A new document exists already, with its uid only (write/document_facts looked it up with MERGE). `+=` on a match:
// the map names every property (null removes one), and `=` would first remove the uid and update its index entry again.
UNWIND $rows AS row
MERGE (d:Document {uid: row.uid})
ON CREATE SET d = row.properties
ON MATCH SET d += row.properties
