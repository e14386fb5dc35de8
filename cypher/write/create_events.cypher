// Events no stored document reports (the batch has read every stored report of its events): created without the
// lookup and lock of a MERGE. A concurrent writer creating the same event makes the uid constraint fail the
// transaction, which is retried and then finds the event stored.
UNWIND $rows AS row
CREATE (e:Event)
SET e = row.properties
