-- Timeline embedded store, schema version 2: what a new report needs to update a merged event without reading the
-- event's other reports (EventAggregation: the strongest mention wins, further reports add corroboration).
-- Null in events written by version 1: the next write touching such an event re-merges it from all its reports.

-- The strongest mention (highest confidence, then document id, sentence, trigger): its key and confidence.
ALTER TABLE events ADD COLUMN strongest_document       TEXT;
ALTER TABLE events ADD COLUMN strongest_sentence_begin INTEGER;
ALTER TABLE events ADD COLUMN strongest_sentence_end   INTEGER;
ALTER TABLE events ADD COLUMN strongest_trigger_begin  INTEGER;
ALTER TABLE events ADD COLUMN strongest_trigger_end    INTEGER;
ALTER TABLE events ADD COLUMN strongest_confidence     REAL;
-- The confidence of the report the strongest mention belongs to.
ALTER TABLE events ADD COLUMN report_confidence        REAL;
-- The sum of EventAggregation.DoubtOf over all reports (fixed-point logarithms, exact in any order).
ALTER TABLE events ADD COLUMN doubt                    INTEGER;

PRAGMA user_version = 2;
