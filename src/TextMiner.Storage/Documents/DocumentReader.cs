using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>
/// Reads documents back into Core records on one connection (and transaction, when the caller has one). Holds its
/// commands for reuse, so reading every document in a loop prepares each statement once.
/// </summary>
internal sealed class DocumentReader : IDisposable
{
    public const string DocumentColumns =
        "id, version, source, location, title, published, kind, fetched_at, content_type, themes";

    private readonly SqliteCommand document;
    private readonly SqliteCommand paragraphs;
    private readonly SqliteCommand ratings;
    private readonly SqliteCommand figures;
    private readonly SqliteCommand quotes;
    private readonly SqliteCommand locations;

    public DocumentReader(SqliteConnection connection, SqliteTransaction? transaction)
    {
        document = Command(connection, transaction, $"SELECT {DocumentColumns} FROM documents WHERE id = $id;");
        paragraphs = Command(
            connection,
            transaction,
            "SELECT idx, text, page, heading, themes FROM paragraphs WHERE document_id = $id ORDER BY idx;");
        ratings = Command(
            connection,
            transaction,
            $"SELECT {FindingRows.RatingColumns} FROM ratings WHERE document_id = $id ORDER BY ordinal;");
        figures = Command(
            connection,
            transaction,
            $"SELECT {FindingRows.FigureColumns} FROM figures WHERE document_id = $id ORDER BY ordinal;");
        quotes = Command(
            connection,
            transaction,
            $"SELECT {FindingRows.QuoteColumns} FROM quotes WHERE document_id = $id ORDER BY ordinal;");
        locations = Command(connection, transaction, "SELECT location FROM document_locations WHERE document_id = $id ORDER BY location;");
    }

    public async Task<AnalysedDocument?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        document.Set("$id", id);
        using var reader = await document.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? await ReadAsync(reader, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>Builds the document whose row (<see cref="DocumentColumns"/>) <paramref name="row"/> is on.</summary>
    public async Task<AnalysedDocument> ReadAsync(SqliteDataReader row, CancellationToken cancellationToken)
    {
        var id = row.GetString(0);
        var (paragraphList, paragraphThemes) = await ReadParagraphsAsync(id, cancellationToken).ConfigureAwait(false);
        var findings = await ReadFindingsAsync(id, cancellationToken).ConfigureAwait(false);
        var parsed = new Document(
            Id: id,
            Version: row.GetString(1),
            Source: row.GetString(2),
            Location: row.GetString(3),
            Title: row.GetString(4),
            Published: SqlValues.ToDateOnly(row.GetStringOrNull(5)),
            Kind: row.GetString(6),
            Paragraphs: paragraphList);
        return new AnalysedDocument(
            parsed,
            findings,
            StorageJson.Themes(row.GetString(9)),
            paragraphThemes,
            SqlValues.ToDateTimeOffset(row.GetString(7)),
            row.GetStringOrNull(8))
        {
            OtherLocations = await ReadRowsAsync(locations, id, (r, _) => r.GetString(0), cancellationToken).ConfigureAwait(false),
        };
    }

    public async Task<Findings> ReadFindingsAsync(string id, CancellationToken cancellationToken)
    {
        var ratingList = await ReadRowsAsync(ratings, id, FindingRows.Rating, cancellationToken).ConfigureAwait(false);
        var figureList = await ReadRowsAsync(figures, id, FindingRows.Figure, cancellationToken).ConfigureAwait(false);
        var quoteList = await ReadRowsAsync(quotes, id, FindingRows.Quote, cancellationToken).ConfigureAwait(false);
        return new Findings(ratingList, figureList, quoteList);
    }

    public void Dispose()
    {
        document.Dispose();
        paragraphs.Dispose();
        ratings.Dispose();
        figures.Dispose();
        quotes.Dispose();
        locations.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = SqlCommands.Create(connection, transaction, sql);
        command.Set("$id", string.Empty);
        return command;
    }

    private static async Task<IReadOnlyList<T>> ReadRowsAsync<T>(
        SqliteCommand command,
        string id,
        Func<SqliteDataReader, int, T> read,
        CancellationToken cancellationToken)
    {
        command.Set("$id", id);
        var rows = new List<T>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader, 0));
        }

        return rows;
    }

    private async Task<(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<IReadOnlyList<ThemeScore>> Themes)> ReadParagraphsAsync(
        string id,
        CancellationToken cancellationToken)
    {
        paragraphs.Set("$id", id);
        var list = new List<Paragraph>();
        var themes = new List<IReadOnlyList<ThemeScore>>();
        using var reader = await paragraphs.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new Paragraph(reader.GetInt32(0), reader.GetString(1), reader.GetInt32OrNull(2), reader.GetStringOrNull(3)));
            themes.Add(StorageJson.Themes(reader.GetString(4)));
        }

        return (list, themes);
    }
}
