using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Indexing;

/// <summary>
/// Index bookkeeping: SQLite is the truth and the search index follows it. A document needs indexing while its
/// indexed_version differs from its version; a deleted document leaves a tombstone until the index has dropped it.
/// Protocol for the indexer: take <see cref="GetIdsNeedingIndexAsync"/>, for each id <see cref="DocumentStore.GetAsync"/> the
/// document and write it to the index (or delete the id from the index when it is gone), commit the index, then
/// <see cref="MarkIndexedAsync"/> with the version written, or <see cref="RemovedFromIndex"/> for a deleted id.
/// A crash anywhere in between leaves the ids pending, so the next run redoes them.
/// </summary>
public sealed class IndexBookkeeping
{
    /// <summary>The version to mark an id with after deleting it from the index.</summary>
    public const string RemovedFromIndex = "";

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    internal IndexBookkeeping(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    public async Task<IReadOnlyList<string>> GetIdsNeedingIndexAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(
                connection,
                null,
                """
                SELECT id FROM documents WHERE indexed_version IS NOT version
                UNION SELECT document_id FROM index_tombstones
                ORDER BY 1;
                """);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var ids = new List<string>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }

    /// <summary>
    /// Records that the index now holds <c>Version</c> of each id (or, with <see cref="RemovedFromIndex"/>, none). A
    /// version that is no longer the stored one changes nothing, so a document saved again meanwhile stays pending; a
    /// tombstone stays when the index was given the very version that was deleted.
    /// </summary>
    public Task MarkIndexedAsync(IReadOnlyCollection<(string Id, string Version)> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return database.WriteAsync(
            async (transaction, ct) =>
            {
                using var mark = SqlCommands.Create(
                    transaction,
                    "UPDATE documents SET indexed_version = version WHERE id = $id AND version = $version;");
                using var tombstone = SqlCommands.Create(
                    transaction,
                    "DELETE FROM index_tombstones WHERE document_id = $id AND version <> $version;");
                foreach (var (id, version) in documents)
                {
                    ct.ThrowIfCancellationRequested();
                    foreach (var command in new[] { mark, tombstone })
                    {
                        command.Set("$id", id);
                        command.Set("$version", version);
                        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    }
                }

                return documents.Count;
            },
            cancellationToken);
    }

    /// <summary>Marks every document as needing indexing again (after the index was deleted or its schema changed).</summary>
    public Task MarkAllForReindexAsync(CancellationToken cancellationToken) => database.WriteAsync(
        async (transaction, ct) =>
        {
            using var command = SqlCommands.Create(transaction, "UPDATE documents SET indexed_version = NULL;");
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        },
        cancellationToken);

    /// <summary>Every stored (id, version), ordered by id: for a doctor check against the index.</summary>
    public async Task<IReadOnlyList<(string Id, string Version)>> GetAllVersionsAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(connection, null, "SELECT id, version FROM documents ORDER BY id;");
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var versions = new List<(string, string)>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                versions.Add((reader.GetString(0), reader.GetString(1)));
            }

            return versions;
        }
    }

    /// <summary>
    /// Deletes a document with its paragraphs, findings and version history, leaving an index tombstone. Returns false
    /// when the id was not stored.
    /// </summary>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return database.WriteAsync(
            async (transaction, ct) =>
            {
                using var tombstone = SqlCommands.Create(
                        transaction,
                        """
                        INSERT OR REPLACE INTO index_tombstones (document_id, version, deleted_at)
                        SELECT id, version, $at FROM documents WHERE id = $id;
                        """)
                    .With("$id", id)
                    .With("$at", SqlValues.ToText(time.GetUtcNow()));
                if (await tombstone.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
                {
                    return false;
                }

                using var history = SqlCommands.Create(transaction, "DELETE FROM document_versions WHERE document_id = $id;")
                    .With("$id", id);
                await history.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                using var delete = SqlCommands.Create(transaction, "DELETE FROM documents WHERE id = $id;").With("$id", id);
                await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }
}
