using TextMiner.Core.Records;

namespace TextMiner.Core.Stages;

/// <summary>Incremental crawl state, kept in the SQLite store (implemented in TextMiner.Storage).</summary>
public interface ICrawlStateStore
{
    Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken);

    Task PutAsync(CrawlRecord record, CancellationToken cancellationToken);
}
