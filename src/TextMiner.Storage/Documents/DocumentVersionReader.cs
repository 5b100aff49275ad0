using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>Reads stored documents, their current version and their version history.</summary>
public sealed class DocumentVersionReader
{
    private const string VersionColumns = "id, version, source, location, saved_at, indexed_version";

    private readonly SqliteDatabase database;

    internal DocumentVersionReader(SqliteDatabase database)
    {
        this.database = database;
    }

    /// <summary>The stored version of an id (no content), or null when the id is not stored.</summary>
    public async Task<StoredVersion?> GetVersionAsync(string documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(connection, null, $"SELECT {VersionColumns} FROM documents WHERE id = $id;")
                .With("$id", documentId);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadVersion(reader) : null;
        }
    }

    /// <summary>The stored document with its paragraphs, findings and themes, or null when the id is not stored.</summary>
    public async Task<AnalysedDocument?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            using var reader = new DocumentReader(connection, transaction);
            return await reader.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every stored document, ordered by id, streamed one at a time from one consistent snapshot (writes made while
    /// enumerating are not seen), for reindexing and export.
    /// </summary>
    public async IAsyncEnumerable<AnalysedDocument> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            using var documents = new DocumentReader(connection, transaction);
            using var command = SqlCommands.Create(
                connection,
                transaction,
                $"SELECT {DocumentReader.DocumentColumns} FROM documents ORDER BY id;");
            using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await documents.ReadAsync(rows, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The earlier versions of a document, oldest first (empty when it never changed).</summary>
    public async Task<IReadOnlyList<DocumentVersion>> GetHistoryAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(
                    connection,
                    null,
                    """
                    SELECT version, title, saved_at, superseded_at, findings
                    FROM document_versions WHERE document_id = $id ORDER BY id;
                    """)
                .With("$id", id);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var versions = new List<DocumentVersion>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                versions.Add(new DocumentVersion(
                    reader.GetString(0),
                    reader.GetString(1),
                    SqlValues.ToDateTimeOffset(reader.GetString(2)),
                    SqlValues.ToDateTimeOffset(reader.GetString(3)),
                    StorageJson.FindingsOf(reader.GetString(4))));
            }

            return versions;
        }
    }

    private static StoredVersion ReadVersion(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        SqlValues.ToDateTimeOffset(reader.GetString(4)),
        reader.GetStringOrNull(5));
}
