using TextMiner.Core.Records;

namespace TextMiner.Fetching.Crawling;

public sealed partial class SourceCrawler
{
    /// <summary>
    /// Writes what this outcome teaches to the crawl state: validators and hash after a fetch, the time seen, the last
    /// status and error. Discovery failures are not document state and are not written.
    /// </summary>
    public async Task RecordAsync(CrawlOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome is CrawlOutcome.Failed { DuringDiscovery: true } or CrawlOutcome.Notice or CrawlOutcome.Routes)
        {
            return;
        }

        var now = time.GetUtcNow();
        var known = await store.GetAsync(outcome.Url, cancellationToken).ConfigureAwait(false);
        var record = known ?? new CrawlRecord(outcome.Url, outcome.Source, null, null, null, now, now, null, null, null);
        record = outcome switch
        {
            CrawlOutcome.Fetched f => record with
            {
                ETag = f.Document.ETag,
                LastModified = f.Document.LastModified,
                Sha256 = f.Document.Sha256,
                LastSeen = now,
                LastFetched = f.Document.FetchedAt,
                LastStatus = 200,
                LastError = null,
            },
            CrawlOutcome.NotModified => record with { LastSeen = now, LastStatus = 304, LastError = null },
            CrawlOutcome.Failed f => record with { LastSeen = now, LastStatus = f.StatusCode, LastError = f.Reason.ToString() },
            CrawlOutcome.Skipped s => record with { LastSeen = now, LastError = s.Reason.ToString() },
            _ => record,
        };
        await store.PutAsync(record, cancellationToken).ConfigureAwait(false);
    }
}
