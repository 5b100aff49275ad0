using HtmlAgilityPack;
using System.Globalization;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Storage;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// One raw document through the rest of the pipeline, in two halves. <see cref="PrepareAsync"/> (any thread, several at
/// once) reads the store to see whether the bytes are new and, if so, parses, extracts and classifies them and archives
/// the bytes.
/// <see cref="IngestAsync"/> (the single writer, one document at a time in input order) decides against the store as it
/// is now: same version stored? stop; bytes stored under another path or URL? record the new place as another location
/// of that document; else archive the bytes → store (one SQLite transaction) → index (committed by the caller's batch).
/// Because only the writer decides, the store ends the same whatever the threads' timing. The result carries the parse
/// diagnostics, whatever the outcome; a database locked past its busy timeout is a transient failure.
/// </summary>
public sealed class DocumentIngestor(DocumentAnalyser analyser, DocumentStore store, IndexSynchroniser index, RawArchive archive)
{
    /// <summary>Analyses <paramref name="raw"/> unless its version is stored; a crawled report page's <paramref name="page"/> (its DOM, already loaded) is parsed, not loaded again.</summary>
    public async Task<PreparedDocument> PrepareAsync(RawDocument raw, CancellationToken cancellationToken, HtmlDocument? page = null)
    {
        var stored = await store.GetVersionAsync(raw.Id, cancellationToken).ConfigureAwait(false);
        var known = stored is not null
            ? stored.Version == raw.Sha256
            : await store.FindByContentAsync(raw.Sha256, raw.Id, cancellationToken).ConfigureAwait(false) is not null;
        if (known)
        {
            return new PreparedDocument(raw, null);
        }

        var analysis = analyser.Analyse(raw, page);
        if (analysis.IsOk)
        {
            // Written here, beside the analysis, not by the writer: the writer only finds it there. Content-addressed,
            // so bytes archived for a document the writer then does not store are a harmless copy of their own.
            await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        }

        return new PreparedDocument(raw, analysis);
    }

    public async Task<StageResult<StoredDocument>> IngestAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        try
        {
            return await StoreAsync(prepared, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException e) when (e.Code == StorageErrors.LockedCode)
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

    private async Task<StageResult<StoredDocument>> StoreAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var raw = prepared.Raw;
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

        // Prepared as known but no longer stored (removed meanwhile): analysed here, late but correct.
        var analysed = prepared.Analysis ?? analyser.Analyse(raw);
        if (!analysed.IsOk)
        {
            return analysed.Stopped<StoredDocument>();
        }

        // The bytes are archived before the document that names them is stored (here a file-exists check, as a rule).
        await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        var saved = await store.SaveAsync(analysed.Value!, cancellationToken).ConfigureAwait(false);
        if (saved.Wrote)
        {
            index.Add(analysed.Value!);
        }

        return analysed.Map(document => new StoredDocument(saved, saved.Wrote ? document : null));
    }
}
