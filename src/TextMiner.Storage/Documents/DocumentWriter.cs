using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>
/// Writes one document's rows inside the caller's transaction. Commands are reused row after row (SQLite keeps them
/// prepared); the token is checked between rows, so a cancelled save stops and the transaction rolls back.
/// </summary>
internal sealed class DocumentWriter(SqliteTransaction transaction)
{
    private const string UpsertDocument = """
        INSERT INTO documents
            (id, version, source, location, title, published, kind, fetched_at, content_type, themes, saved_at, indexed_version)
        VALUES ($id, $version, $source, $location, $title, $published, $kind, $fetched_at, $content_type, $themes, $saved_at, NULL)
        ON CONFLICT (id) DO UPDATE SET
            version = excluded.version, source = excluded.source, location = excluded.location, title = excluded.title,
            published = excluded.published, kind = excluded.kind, fetched_at = excluded.fetched_at,
            content_type = excluded.content_type, themes = excluded.themes, saved_at = excluded.saved_at,
            indexed_version = CASE WHEN documents.version = excluded.version THEN NULL ELSE documents.indexed_version END;
        """;

    private const string InsertParagraph = """
        INSERT INTO paragraphs (document_id, idx, text, page, heading, themes)
        VALUES ($id, $idx, $text, $page, $heading, $themes);
        """;

    private const string InsertRating = $"""
        INSERT INTO ratings (document_id, ordinal, value, aspect, subject, evidence, {EvidenceColumns.Names}, rule, confidence)
        VALUES ($id, $ordinal, $value, $aspect, $subject, $evidence, {EvidenceColumns.Parameters}, $rule, $confidence);
        """;

    private const string InsertFigure = $"""
        INSERT INTO figures (document_id, ordinal, kind, value, subject, evidence, {EvidenceColumns.Names}, rule, confidence)
        VALUES ($id, $ordinal, $kind, $value, $subject, $evidence, {EvidenceColumns.Parameters}, $rule, $confidence);
        """;

    private const string InsertQuote = $"""
        INSERT INTO quotes
            (document_id, ordinal, speaker, role, organisation, text, {EvidenceColumns.Names}, themes, rule, confidence)
        VALUES ($id, $ordinal, $speaker, $role, $organisation, $text, {EvidenceColumns.Parameters}, $themes, $rule, $confidence);
        """;

    private static readonly string[] ChildTables = ["paragraphs", "ratings", "figures", "quotes"];

    /// <summary>
    /// Inserts or replaces the document row. Replacing the same version (a re-analysis) clears indexed_version so the
    /// index takes the new paragraphs; a new version leaves it, and the version mismatch marks the row for indexing.
    /// </summary>
    public async Task WriteDocumentAsync(AnalysedDocument analysed, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        var document = analysed.Document;
        using var command = SqlCommands.Create(transaction, UpsertDocument)
            .With("$id", document.Id)
            .With("$version", document.Version)
            .With("$source", document.Source)
            .With("$location", document.Location)
            .With("$title", document.Title)
            .With("$published", SqlValues.ToText(document.Published))
            .With("$kind", document.Kind)
            .With("$fetched_at", SqlValues.ToText(analysed.FetchedAt))
            .With("$content_type", analysed.ContentType)
            .With("$themes", StorageJson.Themes(analysed.Themes))
            .With("$saved_at", SqlValues.ToText(savedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteChildrenAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var table in ChildTables)
        {
            using var command = SqlCommands.Create(transaction, $"DELETE FROM {table} WHERE document_id = $id;").With("$id", id);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteChildrenAsync(AnalysedDocument analysed, CancellationToken cancellationToken)
    {
        var id = analysed.Document.Id;
        await WriteParagraphsAsync(id, analysed.Document.Paragraphs, analysed.ParagraphThemes, cancellationToken)
            .ConfigureAwait(false);
        var findings = analysed.Findings;
        await WriteRowsAsync(id, InsertRating, findings.Ratings, SetRating, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(id, InsertFigure, findings.Figures, SetFigure, cancellationToken).ConfigureAwait(false);
        await WriteRowsAsync(id, InsertQuote, findings.Quotes, SetQuote, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteParagraphsAsync(
        string id,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<IReadOnlyList<ThemeScore>>? themes,
        CancellationToken cancellationToken)
    {
        using var command = SqlCommands.Create(transaction, InsertParagraph).With("$id", id);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[i];
            command.Set("$idx", paragraph.Index);
            command.Set("$text", paragraph.Text);
            command.Set("$page", paragraph.Page);
            command.Set("$heading", paragraph.Heading);

            // ParagraphThemes is one entry per paragraph; a short list (classifier skipped some) stores none for the rest.
            command.Set("$themes", StorageJson.Themes(themes is not null && i < themes.Count ? themes[i] : null));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteRowsAsync<T>(
        string id,
        string sql,
        IReadOnlyList<T> rows,
        Action<SqliteCommand, T> set,
        CancellationToken cancellationToken)
    {
        using var command = SqlCommands.Create(transaction, sql).With("$id", id);
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            command.Set("$ordinal", ordinal);
            set(command, rows[ordinal]);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void SetRating(SqliteCommand command, Rating rating)
    {
        command.Set("$value", rating.Value);
        command.Set("$aspect", rating.Aspect);
        command.Set("$subject", rating.Subject);
        command.Set("$evidence", rating.Excerpt);
        EvidenceColumns.Set(command, rating.Evidence);
        SetProvenance(command, rating.Rule, rating.Confidence);
    }

    private static void SetFigure(SqliteCommand command, Figure figure)
    {
        command.Set("$kind", figure.Kind);
        command.Set("$value", figure.Value);
        command.Set("$subject", figure.Subject);
        command.Set("$evidence", figure.Excerpt);
        EvidenceColumns.Set(command, figure.Evidence);
        SetProvenance(command, figure.Rule, figure.Confidence);
    }

    private static void SetQuote(SqliteCommand command, Quote quote)
    {
        command.Set("$speaker", quote.Speaker);
        command.Set("$role", quote.Role);
        command.Set("$organisation", quote.Organisation);
        command.Set("$text", quote.Text);
        command.Set("$themes", StorageJson.Themes(quote.Themes));
        EvidenceColumns.Set(command, quote.Evidence);
        SetProvenance(command, quote.Rule, quote.Confidence);
    }

    private static void SetProvenance(SqliteCommand command, string rule, double confidence)
    {
        command.Set("$rule", rule);
        command.Set("$confidence", confidence);
    }
}
