using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Storage;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Crawling;

/// <summary>
/// One source's crawl through the whole pipeline: each fetched document is parsed, extracted, classified, stored and
/// indexed, and only then is its crawl state recorded — so a run that stops half-way fetches the unstored documents
/// again next time, and a document that failed to parse is not remembered as done.
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
        await index.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var summary = new CrawlSummary();
        try
        {
            await foreach (var outcome in crawler.CrawlAsync(source, options, cancellationToken).ConfigureAwait(false))
            {
                var (recorded, result) = await HandleAsync(outcome, summary, cancellationToken).ConfigureAwait(false);
                await crawler.RecordAsync(recorded, cancellationToken).ConfigureAwait(false);
                onOutcome?.Invoke(recorded, result);
                if (index.PendingCount >= BatchSize)
                {
                    await index.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await index.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return summary;
    }

    private async Task<(CrawlOutcome Recorded, StageResult<StoredDocument>? Result)> HandleAsync(
        CrawlOutcome outcome, CrawlSummary summary, CancellationToken cancellationToken)
    {
        if (outcome is not CrawlOutcome.Fetched fetched)
        {
            summary.Add(outcome);
            return (outcome, null);
        }

        var result = await ingestor.IngestAsync(fetched.Document, cancellationToken).ConfigureAwait(false);
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
