CREATE TABLE crawl_state (
    url           TEXT NOT NULL PRIMARY KEY,
    source        TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    sha256        TEXT,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    last_fetched  TEXT,
    last_status   INTEGER,
    last_error    TEXT
);

CREATE TABLE document_locations (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    location    TEXT NOT NULL,
    source      TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (document_id, location)
);

CREATE TABLE document_versions (
    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL,
    version       TEXT NOT NULL,
    title         TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    superseded_at TEXT NOT NULL,
    findings      TEXT NOT NULL
);

CREATE TABLE documents (
    id              TEXT NOT NULL PRIMARY KEY,
    version         TEXT NOT NULL,
    source          TEXT NOT NULL,
    location        TEXT NOT NULL,
    title           TEXT NOT NULL,
    published       TEXT,
    kind            TEXT NOT NULL,
    fetched_at      TEXT NOT NULL,
    content_type    TEXT,
    themes          TEXT NOT NULL,
    saved_at        TEXT NOT NULL,
    indexed_version TEXT
);

CREATE TABLE figures (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    value        REAL NOT NULL,
    subject      TEXT,
    evidence     TEXT NOT NULL,
    paragraph    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL, rule TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE index_tombstones (
    document_id TEXT NOT NULL PRIMARY KEY,
    version     TEXT NOT NULL,
    deleted_at  TEXT NOT NULL
);

CREATE TABLE paragraphs (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    page        INTEGER,
    heading     TEXT,
    themes      TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE quotes (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    speaker      TEXT,
    role         TEXT,
    organisation TEXT,
    text         TEXT NOT NULL,
    paragraph    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    themes       TEXT NOT NULL, rule TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE ratings (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    value        TEXT NOT NULL,
    aspect       TEXT NOT NULL,
    subject      TEXT,
    evidence     TEXT NOT NULL,
    paragraph    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL, rule TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE schema_version (
    version    INTEGER NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE INDEX crawl_state_by_source ON crawl_state (source);

CREATE INDEX document_versions_by_document ON document_versions (document_id, id);

CREATE INDEX documents_by_source ON documents (source);

CREATE INDEX documents_by_version ON documents (version);

CREATE INDEX figures_by_kind ON figures (kind);

CREATE INDEX quotes_by_speaker ON quotes (speaker);
