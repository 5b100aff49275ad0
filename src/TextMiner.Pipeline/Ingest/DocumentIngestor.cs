using System.Globalization;
using Microsoft.Data.Sqlite;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Storage;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// One raw document through the rest of the pipeline: (same version stored? stop) → parse → extract → classify →
/// archive the bytes → store (one SQLite transaction) → index (committed by the caller's batch). Bytes already stored
/// under another path or URL are one document: the new place is recorded as another location of it. The result
/// carries the parse diagnostics, whatever the outcome; a database locked past its busy timeout is a transient failure.
/// </summary>
public sealed class DocumentIngestor(DocumentAnalyser analyser, DocumentStore store, IndexSynchroniser index, RawArchive archive)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public async Task<StageResult<StoredDocument>> IngestAsync(RawDocument raw, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreAsync(raw, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return StageResult<StoredDocument>.Transient(
                PipelineErrors.DatabaseLockedCode, string.Format(CultureInfo.InvariantCulture, PipelineErrors.DatabaseLocked, e.Message));
        }
        catch (StorageException e) when (e.Code == StorageErrors.InvalidDocumentCode)
        {
            return StageResult<StoredDocument>.Failed(
                PipelineErrors.StoreFailedCode, string.Format(CultureInfo.InvariantCulture, PipelineErrors.StoreFailed, e.Message));
        }
    }

    private async Task<StageResult<StoredDocument>> StoreAsync(RawDocument raw, CancellationToken cancellationToken)
    {
        var stored = await store.GetVersionAsync(raw.Id, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Version == raw.Sha256)
        {
            return StageResult<StoredDocument>.Ok(StoredDocument.Unchanged(raw));
        }

        if (stored is null && await store.FindByContentAsync(raw.Sha256, raw.Id, cancellationToken).ConfigureAwait(false) is { } twin)
        {
            if (await store.AddLocationAsync(twin, raw.Location, raw.Source, cancellationToken).ConfigureAwait(false)
                && await store.GetAsync(twin, cancellationToken).ConfigureAwait(false) is { } document)
            {
                index.Add(document);
            }

            return StageResult<StoredDocument>.Ok(StoredDocument.Unchanged(raw));
        }

        var analysed = analyser.Analyse(raw);
        if (!analysed.IsOk)
        {
            return analysed.Stopped<StoredDocument>();
        }

        await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        var saved = await store.SaveAsync(analysed.Value!, cancellationToken).ConfigureAwait(false);
        if (saved.Wrote)
        {
            index.Add(analysed.Value!);
        }

        return analysed.Map(document => new StoredDocument(saved, saved.Wrote ? document : null));
    }
}
