using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;

namespace TextMiner.Pipeline.Crawling;

/// <summary>
/// The DI container behind a crawl: one typed HttpClient with its resilience and politeness handlers (from
/// TextMiner.Fetching), the workspace's crawl state, and its raw archive (the one instance the ingestor writes through too).
/// </summary>
public sealed class CrawlerHost : IDisposable
{
    private readonly ServiceProvider services;

    public CrawlerHost(Workspace workspace, TimeProvider time, Action<FetchOptions>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(time);
        collection.AddSingleton<ICrawlStateStore>(workspace.Store.CrawlState);
        collection.AddSingleton(workspace.Archive);
        collection.AddTextMinerFetching(options =>
        {
            options.RawArchiveDirectory = workspace.Data.RawPath;
            configure?.Invoke(options);
        });
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>A crawler whose options are validated now, so a bad setting fails before any request.</summary>
    public SourceCrawler CreateCrawler() => services.GetRequiredService<SourceCrawler>();

    public void Dispose() => services.Dispose();
}
