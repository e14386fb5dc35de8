-- Timeline embedded store, schema version 1. Applied in one transaction by SqliteSchema; see docs/storage.md.
-- Dates are stored twice: as ISO text for people reading the file with sqlite3, and as epoch days (days since
-- 1970-01-01) for comparisons and indexes. Enums are stored as their wire strings (CONSULT, planned, source, ...).

-- 'TLG1': marks the file as a Timeline store so that another application's database is never migrated.
PRAGMA application_id = 1414285105;

-- One row per article. Rewriting an article replaces every fact it contributed.
CREATE TABLE documents (
    id            TEXT    NOT NULL PRIMARY KEY,
    title         TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    published     TEXT,                -- ISO 8601 with offset, 2022-02-01T10:53:00+01:00
    published_day INTEGER,             -- epoch day of the local publication date
    source        TEXT,
    source_key    TEXT,                -- source, lower-cased invariantly, for case-insensitive filters
    url           TEXT,
    origin        TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,    -- SHA-256 of the UTF-8 text, lowercase hex
    actor_ids     TEXT    NOT NULL,    -- the actors it lists, one id per line: what a rewrite must revisit
    event_ids     TEXT    NOT NULL     -- the events it reports, one id per line
);

-- The canonical actors. Name and kind come from the stored document with the smallest id that lists the actor
-- (name_document); the row exists exactly as long as some stored document lists the actor (see actor_names).
CREATE TABLE actors (
    id            TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    name_document TEXT NOT NULL
) WITHOUT ROWID;

-- Which document lists which actor under which name and kind.
CREATE TABLE actor_names (
    actor_id    TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    PRIMARY KEY (actor_id, document_id)
) WITHOUT ROWID;
CREATE INDEX actor_names_by_key ON actor_names (name_key);

-- Other names of an actor, per document that gave them.
CREATE TABLE actor_aliases (
    actor_id    TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents (id),
    alias       TEXT NOT NULL,
    alias_key   TEXT NOT NULL,
    PRIMARY KEY (actor_id, document_id, alias)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_by_key ON actor_aliases (alias_key);

-- Where a document names an actor. Offsets are UTF-16 code units, end exclusive.
CREATE TABLE actor_mentions (
    document_id TEXT    NOT NULL REFERENCES documents (id),
    span_begin  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    actor_id    TEXT    NOT NULL,      -- listed by the same document, so the actor exists while the mention does
    text        TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    PRIMARY KEY (document_id, span_begin, span_end, actor_id)
) WITHOUT ROWID;

-- Relations with their evidence: one row per relation per evidence span.
CREATE TABLE relations (
    id          INTEGER PRIMARY KEY,
    source_id   TEXT    NOT NULL REFERENCES actors (id),
    type        TEXT    NOT NULL,
    target_id   TEXT    NOT NULL REFERENCES actors (id),
    title       TEXT,
    since       TEXT,                  -- ISO date
    since_day   INTEGER,
    document_id TEXT    NOT NULL REFERENCES documents (id),
    span_begin  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL
);
CREATE UNIQUE INDEX relations_by_document
    ON relations (document_id, span_begin, span_end, source_id, type, target_id, ifnull(title, ''));
CREATE INDEX relations_by_source ON relations (source_id);
CREATE INDEX relations_by_target ON relations (target_id);

-- The merged events: their attributes are a function of all their reports (EventAggregation.Merge).
CREATE TABLE events (
    id             TEXT    NOT NULL PRIMARY KEY,
    type           TEXT    NOT NULL,
    mode           TEXT,
    modality       TEXT    NOT NULL,
    start_date     TEXT,               -- ISO date, inclusive; null when undated
    end_date       TEXT,               -- ISO date, inclusive
    start_day      INTEGER,            -- epoch days
    end_day        INTEGER,
    granularity    TEXT,
    value          TEXT,               -- TIMEX3 value
    confidence     REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    order_document TEXT    NOT NULL,   -- document of the first mention: orders undated events
    order_offset   INTEGER NOT NULL,   -- sentence start of the first mention
    CHECK ((start_day IS NULL) = (end_day IS NULL)),
    CHECK (start_day IS NULL OR end_day >= start_day)
) WITHOUT ROWID;
CREATE INDEX events_by_time ON events (start_day, end_day);

-- What each document said about an event (its event-level view): the input of the merge.
CREATE TABLE event_documents (
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
    participants TEXT    NOT NULL,     -- "role<TAB>actor" lines, as that document saw them
    PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;

-- Provenance: every sentence an event was read from.
CREATE TABLE event_mentions (
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
) WITHOUT ROWID;

-- The merged event's participants (from its strongest report).
CREATE TABLE event_participants (
    event_id TEXT NOT NULL REFERENCES events (id),
    actor_id TEXT NOT NULL REFERENCES actors (id),
    role     TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_participants_by_actor ON event_participants (actor_id, event_id);

PRAGMA user_version = 1;
