using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Storage;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// One raw document through the rest of the pipeline: (same version stored? stop) → parse → extract → classify →
/// archive the bytes → store (one SQLite transaction) → index (committed by the caller's batch). Bytes already stored
/// under another path or URL are one document: the new place is recorded as another location of it.
/// </summary>
public sealed class DocumentIngestor(DocumentAnalyser analyser, DocumentStore store, IndexSynchroniser index, RawArchive archive)
{
    public async Task<IngestResult> IngestAsync(RawDocument raw, CancellationToken cancellationToken)
    {
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

        var analysed = analyser.Analyse(raw);
        if (!analysed.IsOk)
        {
            return new IngestResult(IngestOutcome.Failed, analysed.Reason);
        }

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
