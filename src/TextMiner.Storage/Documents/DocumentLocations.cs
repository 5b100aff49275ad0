using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>One document per content: the same bytes under another path or URL become another location of it.</summary>
public sealed class DocumentLocations
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    internal DocumentLocations(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>The id of a stored document whose current version is these bytes (sha256), other than <paramref name="exceptId"/>.</summary>
    public async Task<string?> FindByContentAsync(string sha256, string exceptId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(connection, null, "SELECT id FROM documents WHERE version = $version AND id <> $id ORDER BY saved_at, id LIMIT 1;")
                .With("$version", sha256)
                .With("$id", exceptId);
            return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records <paramref name="location"/> as another place holding document <paramref name="documentId"/>'s bytes
    /// and queues the document for indexing again (its locations are indexed). False when it was already recorded.
    /// </summary>
    public Task<bool> AddLocationAsync(string documentId, string location, string source, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (transaction, ct) =>
            {
                using var insert = SqlCommands.Create(
                        transaction,
                        """
                        INSERT INTO document_locations (document_id, location, source, seen_at)
                        SELECT id, $location, $source, $now FROM documents WHERE id = $id AND location <> $location
                        ON CONFLICT (document_id, location) DO NOTHING;
                        """)
                    .With("$id", documentId)
                    .With("$location", location)
                    .With("$source", source)
                    .With("$now", SqlValues.ToText(time.GetUtcNow()));
                if (await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
                {
                    return false;
                }

                using var requeue = SqlCommands.Create(transaction, "UPDATE documents SET indexed_version = NULL WHERE id = $id;").With("$id", documentId);
                await requeue.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
}
