using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Health;

/// <summary>Counts over the whole store (documents by source, findings, history, pending index work, crawl state, file size).</summary>
public sealed class StoreCounts
{
    private const string CountsSql = """
        SELECT
            (SELECT COUNT(*) FROM documents),
            (SELECT COUNT(*) FROM paragraphs),
            (SELECT COUNT(*) FROM ratings),
            (SELECT COUNT(*) FROM figures),
            (SELECT COUNT(*) FROM quotes),
            (SELECT COUNT(*) FROM document_versions),
            (SELECT COUNT(*) FROM documents WHERE indexed_version IS NOT version)
                + (SELECT COUNT(*) FROM index_tombstones),
            (SELECT COUNT(*) FROM crawl_state);
        """;

    private readonly SqliteDatabase database;

    internal StoreCounts(SqliteDatabase database)
    {
        this.database = database;
    }

    /// <summary>Counts over the whole store, read from one snapshot.</summary>
    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            var bySource = new List<SourceCount>();
            using (var command = SqlCommands.Create(
                connection,
                transaction,
                "SELECT source, COUNT(*) FROM documents GROUP BY source ORDER BY source;"))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    bySource.Add(new SourceCount(reader.GetString(0), reader.GetInt64(1)));
                }
            }

            using var counts = SqlCommands.Create(connection, transaction, CountsSql);
            using var row = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await row.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreStatistics(
                Documents: row.GetInt64(0),
                DocumentsBySource: bySource,
                Paragraphs: row.GetInt64(1),
                Ratings: row.GetInt64(2),
                Figures: row.GetInt64(3),
                Quotes: row.GetInt64(4),
                HistoricalVersions: row.GetInt64(5),
                PendingIndex: row.GetInt64(6),
                CrawledUrls: row.GetInt64(7),
                FileSizeBytes: FileSize(database.Path) + FileSize(database.Path + "-wal"));
        }
    }

    private static long FileSize(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
