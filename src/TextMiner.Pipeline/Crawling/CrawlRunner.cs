using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Storage;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Crawling;

/// <summary>
/// One source's crawl through the whole pipeline (the shared <see cref="IngestLoop"/>): each fetched document is parsed,
/// extracted and classified while the next is fetched, then stored and indexed in crawl order, and only then is its
/// crawl state recorded — so a run that stops half-way fetches the unstored documents again next time, and a document
/// that failed to parse is not remembered as done.
/// </summary>
public sealed class CrawlRunner(SourceCrawler crawler, DocumentIngestor ingestor, IndexSynchroniser index)
{
    public const int BatchSize = 25;

    public async Task<CrawlSummary> RunAsync(
        SourceDefinition source,
        CrawlOptions options,
        Action<CrawlOutcome, StageResult<StoredDocument>?>? onOutcome,
        CancellationToken cancellationToken)
    {
        var summary = new CrawlSummary();
        await new IngestLoop(index, BatchSize).RunAsync(
            crawler.CrawlAsync(source, options, cancellationToken),
            async (outcome, token) => outcome is CrawlOutcome.Fetched fetched
                ? await ingestor.PrepareAsync(fetched.Document, token, fetched.Page).ConfigureAwait(false)
                : null,
            async (outcome, prepared, token) =>
            {
                var (recorded, result) = await HandleAsync(outcome, prepared, summary, token).ConfigureAwait(false);
                await crawler.RecordAsync(recorded, token).ConfigureAwait(false);
                onOutcome?.Invoke(recorded, result);
            },
            cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task<(CrawlOutcome Recorded, StageResult<StoredDocument>? Result)> HandleAsync(
        CrawlOutcome outcome, PreparedDocument? prepared, CrawlSummary summary, CancellationToken cancellationToken)
    {
        if (prepared is null)
        {
            summary.Add(outcome);
            return (outcome, null);
        }

        var result = await ingestor.IngestAsync(prepared, cancellationToken).ConfigureAwait(false);
        if (!result.IsOk)
        {
            // A locked database is transient: the document is fetched again on the next run.
            var failed = new CrawlOutcome.Failed(outcome.Source, outcome.Url, result.Reason!, result.IsTransient);
            summary.Add(failed);
            return (failed, result);
        }

        summary.Add(outcome);
        summary.New += result.Value!.Outcome == SaveOutcome.New ? 1 : 0;
        summary.Updated += result.Value.Outcome is SaveOutcome.Updated or SaveOutcome.Reanalysed ? 1 : 0;
        return (outcome, result);
    }
}
