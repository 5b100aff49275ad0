using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Crawling;

/// <summary>
/// What the crawler knows about each URL (validators for conditional GET, last outcome), in the <c>crawl_state</c> table
/// of the document store's database. Get it from <see cref="DocumentStore.CrawlState"/>.
/// </summary>
public sealed class CrawlStateStore : ICrawlStateStore
{
    private const string Columns =
        "url, source, etag, last_modified, sha256, first_seen, last_seen, last_fetched, last_status, last_error";

    // first_seen keeps its first value: a later record cannot move when a URL was first seen.
    private const string Upsert = $"""
        INSERT INTO crawl_state ({Columns})
        VALUES ($url, $source, $etag, $last_modified, $sha256, $first_seen, $last_seen, $last_fetched, $last_status, $last_error)
        ON CONFLICT (url) DO UPDATE SET
            source = excluded.source, etag = excluded.etag, last_modified = excluded.last_modified,
            sha256 = excluded.sha256, last_seen = excluded.last_seen, last_fetched = excluded.last_fetched,
            last_status = excluded.last_status, last_error = excluded.last_error;
        """;

    private readonly SqliteDatabase database;

    internal CrawlStateStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public async Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(connection, null, $"SELECT {Columns} FROM crawl_state WHERE url = $url;")
                .With("$url", url);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        }
    }

    public Task PutAsync(CrawlRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync(
            async (transaction, ct) =>
            {
                using var command = SqlCommands.Create(transaction, Upsert)
                    .With("$url", record.Url)
                    .With("$source", record.Source)
                    .With("$etag", record.ETag)
                    .With("$last_modified", SqlValues.ToText(record.LastModified))
                    .With("$sha256", record.Sha256)
                    .With("$first_seen", SqlValues.ToText(record.FirstSeen))
                    .With("$last_seen", SqlValues.ToText(record.LastSeen))
                    .With("$last_fetched", SqlValues.ToText(record.LastFetched))
                    .With("$last_status", record.LastStatus)
                    .With("$last_error", record.LastError);
                return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Every record of one source (or of all sources when <paramref name="source"/> is null), ordered by URL.</summary>
    public async IAsyncEnumerable<CrawlRecord> ReadAllAsync(
        string? source,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(
                    connection,
                    null,
                    $"SELECT {Columns} FROM crawl_state WHERE $source IS NULL OR source = $source ORDER BY url;")
                .With("$source", source);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return Read(reader);
            }
        }
    }

    private static CrawlRecord Read(SqliteDataReader reader) => new(
        Url: reader.GetString(0),
        Source: reader.GetString(1),
        ETag: reader.GetStringOrNull(2),
        LastModified: SqlValues.ToNullableDateTimeOffset(reader.GetStringOrNull(3)),
        Sha256: reader.GetStringOrNull(4),
        FirstSeen: SqlValues.ToDateTimeOffset(reader.GetString(5)),
        LastSeen: SqlValues.ToDateTimeOffset(reader.GetString(6)),
        LastFetched: SqlValues.ToNullableDateTimeOffset(reader.GetStringOrNull(7)),
        LastStatus: reader.GetInt32OrNull(8),
        LastError: reader.GetStringOrNull(9));
}
