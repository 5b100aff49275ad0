namespace TextMiner.Storage.Schema;

/// <summary>
/// Migration 4: one document per content. The same bytes found under another path or URL are recorded as another
/// location of the document already stored, not as a second document. <c>documents.location</c> stays the first place
/// it was found; this table holds the others.
/// </summary>
internal static class Migration4DocumentLocations
{
    public static Migration Migration { get; } = new(4, "other locations of a document", """
        CREATE TABLE document_locations (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            location    TEXT NOT NULL,
            source      TEXT NOT NULL,
            seen_at     TEXT NOT NULL,
            PRIMARY KEY (document_id, location)
        );
        CREATE INDEX documents_by_version ON documents (version);
        """);
}
