using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using TextMiner.Storage.Documents;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Queries;

/// <summary>
/// Readers of every stored rating, figure and quote with its document's provenance, for exports and statistics.
/// Ordered by publication date (undated last), then document id, then the finding's order in its document.
/// </summary>
public sealed class FindingQueries
{
    private const string ProvenanceColumns =
        "d.id, d.source, d.kind, d.location, d.title, d.published, d.fetched_at, d.version";

    private const int ProvenanceWidth = 8;

    private readonly SqliteDatabase database;

    internal FindingQueries(SqliteDatabase database)
    {
        this.database = database;
    }

    public IAsyncEnumerable<StoredRating> ReadRatingsAsync(CancellationToken cancellationToken) => ReadFindingsAsync(
        "ratings",
        FindingRows.RatingColumns,
        row => new StoredRating(Provenance(row), FindingRows.Rating(row, ProvenanceWidth)),
        cancellationToken);

    public IAsyncEnumerable<StoredFigure> ReadFiguresAsync(CancellationToken cancellationToken) => ReadFindingsAsync(
        "figures",
        FindingRows.FigureColumns,
        row => new StoredFigure(Provenance(row), FindingRows.Figure(row, ProvenanceWidth)),
        cancellationToken);

    public IAsyncEnumerable<StoredQuote> ReadQuotesAsync(CancellationToken cancellationToken) => ReadFindingsAsync(
        "quotes",
        FindingRows.QuoteColumns,
        row => new StoredQuote(Provenance(row), FindingRows.Quote(row, ProvenanceWidth)),
        cancellationToken);

    private async IAsyncEnumerable<T> ReadFindingsAsync<T>(
        string table,
        string columns,
        Func<SqliteDataReader, T> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefixed = string.Join(", ", columns.Split(", ").Select(column => "f." + column));
        var sql = $"""
            SELECT {ProvenanceColumns}, {prefixed}
            FROM {table} f JOIN documents d ON d.id = f.document_id
            ORDER BY d.published IS NULL, d.published, d.id, f.ordinal;
            """;
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(connection, null, sql);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return read(reader);
            }
        }
    }

    private static DocumentProvenance Provenance(SqliteDataReader row) => new(
        Id: row.GetString(0),
        Source: row.GetString(1),
        Kind: row.GetString(2),
        Location: row.GetString(3),
        Title: row.GetString(4),
        Published: SqlValues.ToDateOnly(row.GetStringOrNull(5)),
        FetchedAt: SqlValues.ToDateTimeOffset(row.GetString(6)),
        Sha256: row.GetString(7));
}
