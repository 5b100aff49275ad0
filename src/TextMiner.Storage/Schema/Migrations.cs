namespace TextMiner.Storage.Schema;

/// <summary>
/// The schema, as numbered migrations in order. Never edit a released migration: add a new one. Dates are ISO 8601
/// text, themes and history findings are JSON text; <c>start_offset</c>/<c>end_offset</c> are character offsets in the
/// finding's paragraph (<c>end</c> is an SQL keyword).
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "crawl state", """
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
            CREATE INDEX crawl_state_by_source ON crawl_state (source);
            """),
        new(2, "documents, paragraphs and findings", """
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
            CREATE INDEX documents_by_source ON documents (source);
            CREATE TABLE paragraphs (
                document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                idx         INTEGER NOT NULL,
                text        TEXT NOT NULL,
                page        INTEGER,
                heading     TEXT,
                themes      TEXT NOT NULL,
                PRIMARY KEY (document_id, idx)
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
                end_offset   INTEGER NOT NULL,
                PRIMARY KEY (document_id, ordinal)
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
                end_offset   INTEGER NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE INDEX figures_by_kind ON figures (kind);
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
                themes       TEXT NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE INDEX quotes_by_speaker ON quotes (speaker);
            """),
        new(3, "version history and index tombstones", """
            CREATE TABLE document_versions (
                id            INTEGER PRIMARY KEY,
                document_id   TEXT NOT NULL,
                version       TEXT NOT NULL,
                title         TEXT NOT NULL,
                saved_at      TEXT NOT NULL,
                superseded_at TEXT NOT NULL,
                findings      TEXT NOT NULL
            );
            CREATE INDEX document_versions_by_document ON document_versions (document_id, id);
            CREATE TABLE index_tombstones (
                document_id TEXT NOT NULL PRIMARY KEY,
                version     TEXT NOT NULL,
                deleted_at  TEXT NOT NULL
            );
            """),
        Migration4DocumentLocations.Migration,
        new(5, "rule and confidence on every finding", """
            ALTER TABLE ratings ADD COLUMN rule TEXT NOT NULL DEFAULT '';
            ALTER TABLE ratings ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
            ALTER TABLE figures ADD COLUMN rule TEXT NOT NULL DEFAULT '';
            ALTER TABLE figures ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
            ALTER TABLE quotes ADD COLUMN rule TEXT NOT NULL DEFAULT '';
            ALTER TABLE quotes ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
            """),
    ];

    public static int Latest => All[^1].Version;
}
