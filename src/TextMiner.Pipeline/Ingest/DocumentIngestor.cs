using TextMiner.Core;
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
/// Because only the writer decides, the store ends the same whatever the threads' timing.
/// </summary>
public sealed class DocumentIngestor(DocumentAnalyser analyser, DocumentStore store, IndexSynchroniser index, RawArchive archive)
{
    public async Task<PreparedDocument> PrepareAsync(Core.Records.RawDocument raw, CancellationToken cancellationToken)
    {
        var stored = await store.GetVersionAsync(raw.Id, cancellationToken).ConfigureAwait(false);
        var known = stored is not null
            ? stored.Version == raw.Sha256
            : await store.FindByContentAsync(raw.Sha256, raw.Id, cancellationToken).ConfigureAwait(false) is not null;
        if (known)
        {
            return new PreparedDocument(raw, null);
        }

        var analysis = analyser.Analyse(raw);
        if (analysis.IsOk)
        {
            // Written here, beside the analysis, not by the writer: the writer only finds it there. Content-addressed,
            // so bytes archived for a document the writer then does not store are a harmless copy of their own.
            await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        }

        return new PreparedDocument(raw, analysis);
    }

    public async Task<IngestResult> IngestAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var raw = prepared.Raw;
        var stored = await store.GetVersionAsync(raw.Id, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Version == raw.Sha256)
        {
            return new IngestResult(IngestOutcome.Unchanged);
        }

        if (stored is null && await store.FindByContentAsync(raw.Sha256, raw.Id, cancellationToken).ConfigureAwait(false) is { } twin)
        {
            if (await store.AddLocationAsync(twin, raw.Location, raw.Source, cancellationToken).ConfigureAwait(false)
                && await store.GetAsync(twin, cancellationToken).ConfigureAwait(false) is { } document)
            {
                index.Add(document);
            }

            return new IngestResult(IngestOutcome.Unchanged);
        }

        // Prepared as known but no longer stored (removed meanwhile): analysed here, late but correct.
        var analysed = prepared.Analysis ?? analyser.Analyse(raw);
        if (!analysed.IsOk)
        {
            return new IngestResult(IngestOutcome.Failed, analysed.Reason);
        }

        // The bytes are archived before the document that names them is stored (here a file-exists check, as a rule).
        await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        var saved = await store.SaveAsync(analysed.Value!, cancellationToken).ConfigureAwait(false);
        if (saved.Outcome == SaveOutcome.Unchanged)
        {
            return new IngestResult(IngestOutcome.Unchanged);
        }

        index.Add(analysed.Value!);
        return new IngestResult(
            saved.Outcome == SaveOutcome.New ? IngestOutcome.New : IngestOutcome.Updated,
            Document: analysed.Value,
            Previous: saved.Previous);
    }
}
