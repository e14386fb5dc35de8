-- Timeline embedded store, schema version 3: events, their reports and their mentions become rowid tables.
-- Their keys (a random event id first) stay as unique indexes, so every lookup and every query is unchanged, but the
-- wide rows are appended in insertion order instead of inserted into the key order: a commit then rewrites the pages
-- of the narrow key indexes and the appended tail, not nearly every page of the three tables (docs/storage.md,
-- Performance). Runs with foreign keys off (SqliteSchema), as SQLite's table-rebuild procedure requires; the copies
-- keep every row, and SqliteSchema checks the foreign keys before it commits.

CREATE TABLE events_v3 (
    id             TEXT    NOT NULL PRIMARY KEY,
    type           TEXT    NOT NULL,
    mode           TEXT,
    modality       TEXT    NOT NULL,
    start_date     TEXT,
    end_date       TEXT,
    start_day      INTEGER,
    end_day        INTEGER,
    granularity    TEXT,
    value          TEXT,
    confidence     REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    order_document TEXT    NOT NULL,
    order_offset   INTEGER NOT NULL,
    strongest_document       TEXT,
    strongest_sentence_begin INTEGER,
    strongest_sentence_end   INTEGER,
    strongest_trigger_begin  INTEGER,
    strongest_trigger_end    INTEGER,
    strongest_confidence     REAL,
    report_confidence        REAL,
    doubt                    INTEGER,
    CHECK ((start_day IS NULL) = (end_day IS NULL)),
    CHECK (start_day IS NULL OR end_day >= start_day)
);
INSERT INTO events_v3 (id, type, mode, modality, start_date, end_date, start_day, end_day, granularity, value, confidence,
        order_document, order_offset, strongest_document, strongest_sentence_begin, strongest_sentence_end,
        strongest_trigger_begin, strongest_trigger_end, strongest_confidence, report_confidence, doubt)
    SELECT id, type, mode, modality, start_date, end_date, start_day, end_day, granularity, value, confidence,
        order_document, order_offset, strongest_document, strongest_sentence_begin, strongest_sentence_end,
        strongest_trigger_begin, strongest_trigger_end, strongest_confidence, report_confidence, doubt
    FROM events ORDER BY id;
DROP TABLE events;
ALTER TABLE events_v3 RENAME TO events;
CREATE INDEX events_by_time ON events (start_day, end_day);

CREATE TABLE event_documents_v3 (
    event_id     TEXT    NOT NULL REFERENCES events (id),
    document_id  TEXT    NOT NULL REFERENCES documents (id),
    type         TEXT    NOT NULL,
    mode         TEXT,
    start_date   TEXT,
    end_date     TEXT,
    start_day    INTEGER,
    end_day      INTEGER,
    granularity  TEXT,
    value        TEXT,
    confidence   REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    participants TEXT    NOT NULL,
    PRIMARY KEY (event_id, document_id)
);
INSERT INTO event_documents_v3 (event_id, document_id, type, mode, start_date, end_date, start_day, end_day, granularity,
        value, confidence, participants)
    SELECT event_id, document_id, type, mode, start_date, end_date, start_day, end_day, granularity, value, confidence,
        participants
    FROM event_documents ORDER BY event_id, document_id;
DROP TABLE event_documents;
ALTER TABLE event_documents_v3 RENAME TO event_documents;

CREATE TABLE event_mentions_v3 (
    event_id       TEXT    NOT NULL REFERENCES events (id),
    document_id    TEXT    NOT NULL REFERENCES documents (id),
    sentence_begin INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    sentence_text  TEXT    NOT NULL,
    trigger        TEXT    NOT NULL,
    trigger_begin  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    modality       TEXT    NOT NULL,
    confidence     REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    time_text      TEXT,
    time_begin     INTEGER,
    time_end       INTEGER,
    PRIMARY KEY (event_id, document_id, sentence_begin, trigger_begin, trigger_end)
);
INSERT INTO event_mentions_v3 (event_id, document_id, sentence_begin, sentence_end, sentence_text, trigger, trigger_begin,
        trigger_end, modality, confidence, time_text, time_begin, time_end)
    SELECT event_id, document_id, sentence_begin, sentence_end, sentence_text, trigger, trigger_begin, trigger_end,
        modality, confidence, time_text, time_begin, time_end
    FROM event_mentions ORDER BY event_id, document_id, sentence_begin, trigger_begin, trigger_end;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_v3 RENAME TO event_mentions;

PRAGMA user_version = 3;
