using System.Globalization;
using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>Writes documents and their version history: a new version replaces the old one, which goes to the history.</summary>
public sealed class DocumentVersionWriter
{
    private const string InsertHistory = """
        INSERT INTO document_versions (document_id, version, title, saved_at, superseded_at, findings)
        SELECT id, version, title, saved_at, $superseded_at, $findings FROM documents WHERE id = $id;
        """;

    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    internal DocumentVersionWriter(SqliteDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
    }

    /// <summary>
    /// Stores a document in one transaction: <see cref="SaveOutcome.New"/>, <see cref="SaveOutcome.Updated"/> (the new
    /// version replaces every record of the old one, which goes to the version history) or
    /// <see cref="SaveOutcome.Unchanged"/> (same id and version: nothing is written). Any failure rolls back and leaves
    /// what was stored before intact; a constraint violation (e.g. two paragraphs with one index) throws
    /// <see cref="StorageException"/> with <see cref="StorageErrors.InvalidDocumentCode"/>.
    /// </summary>
    public Task<SaveResult> SaveAsync(AnalysedDocument document, CancellationToken cancellationToken) =>
        SaveAsync(document, replaceSameVersion: false, cancellationToken);

    /// <summary>
    /// Like <see cref="SaveAsync(AnalysedDocument, CancellationToken)"/>, but a document whose version is already stored
    /// is rewritten too (<see cref="SaveOutcome.Reanalysed"/>): for re-running Extract and Classify after they improve.
    /// The replaced findings go to the version history and the document is queued for indexing again.
    /// </summary>
    public Task<SaveResult> ReplaceAsync(AnalysedDocument document, CancellationToken cancellationToken) =>
        SaveAsync(document, replaceSameVersion: true, cancellationToken);

    private async Task<SaveResult> SaveAsync(AnalysedDocument analysed, bool replaceSameVersion, CancellationToken cancellationToken)
    {
        Validate(analysed);
        try
        {
            return await database.WriteAsync(
                (transaction, ct) => SaveAsync(transaction, analysed, replaceSameVersion, ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteFailures.Constraint)
        {
            throw Invalid(analysed.Document.Id, exception.Message, exception);
        }
    }

    private async Task<SaveResult> SaveAsync(
        SqliteTransaction transaction,
        AnalysedDocument analysed,
        bool replaceSameVersion,
        CancellationToken ct)
    {
        var document = analysed.Document;
        var current = await CurrentVersionAsync(transaction, document.Id, ct).ConfigureAwait(false);
        var sameVersion = string.Equals(current, document.Version, StringComparison.Ordinal);
        if (sameVersion && !replaceSameVersion)
        {
            transaction.Rollback();
            return new SaveResult(SaveOutcome.Unchanged, document.Id, document.Version);
        }

        var now = time.GetUtcNow();
        var writer = new DocumentWriter(transaction);
        Findings? previous = null;
        if (current is not null)
        {
            using (var reader = new DocumentReader(transaction.Connection!, transaction))
            {
                previous = await reader.ReadFindingsAsync(document.Id, ct).ConfigureAwait(false);
            }

            using var history = SqlCommands.Create(transaction, InsertHistory)
                .With("$id", document.Id)
                .With("$superseded_at", SqlValues.ToText(now))
                .With("$findings", StorageJson.FindingsJson(previous));
            await history.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await writer.DeleteChildrenAsync(document.Id, ct).ConfigureAwait(false);
            if (!sameVersion)
            {
                // The other locations held the old bytes; they are recorded again when they are read again.
                using var locations = SqlCommands.Create(transaction, "DELETE FROM document_locations WHERE document_id = $id;").With("$id", document.Id);
                await locations.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        await writer.WriteDocumentAsync(analysed, now, ct).ConfigureAwait(false);
        await writer.WriteChildrenAsync(analysed, ct).ConfigureAwait(false);
        using (var tombstone = SqlCommands.Create(transaction, "DELETE FROM index_tombstones WHERE document_id = $id;"))
        {
            await tombstone.With("$id", document.Id).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return previous is null
            ? new SaveResult(SaveOutcome.New, document.Id, document.Version)
            : new SaveResult(
                sameVersion ? SaveOutcome.Reanalysed : SaveOutcome.Updated,
                document.Id,
                document.Version,
                current,
                previous,
                FindingsDiff.Compare(previous, analysed.Findings));
    }

    private static void Validate(AnalysedDocument analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        ArgumentNullException.ThrowIfNull(analysed.Document);
        var document = analysed.Document;
        var problem = string.IsNullOrWhiteSpace(document.Id) ? "the id is empty"
            : string.IsNullOrWhiteSpace(document.Version) ? "the version is empty"
            : null;
        if (problem is not null)
        {
            throw Invalid(document.Id, problem, null);
        }
    }

    private static StorageException Invalid(string? id, string problem, Exception? inner) => new(
        StorageErrors.InvalidDocumentCode,
        string.Format(CultureInfo.InvariantCulture, StorageErrors.InvalidDocument, id, problem),
        inner);

    private static async Task<string?> CurrentVersionAsync(SqliteTransaction transaction, string id, CancellationToken ct)
    {
        using var command = SqlCommands.Create(transaction, "SELECT version FROM documents WHERE id = $id;").With("$id", id);
        return (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }
}
