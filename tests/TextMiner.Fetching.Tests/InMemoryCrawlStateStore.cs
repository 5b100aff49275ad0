using System.Collections.Concurrent;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Tests;

/// <summary>Stands in for TextMiner.Storage's CrawlStateStore until that branch lands; counts writes.</summary>
internal sealed class InMemoryCrawlStateStore : ICrawlStateStore
{
    private readonly ConcurrentDictionary<string, CrawlRecord> records = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public IReadOnlyCollection<CrawlRecord> Records => records.Values.ToList();

    public Task<CrawlRecord?> GetAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(records.TryGetValue(url, out var r) ? r : null);

    public Task PutAsync(CrawlRecord record, CancellationToken cancellationToken)
    {
        records[record.Url] = record;
        Writes++;
        return Task.CompletedTask;
    }
}
