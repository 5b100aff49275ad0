using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Fetching.Tests;

/// <summary>A fixture site served on loopback, a crawler wired as in production with test timings, and a state store.</summary>
internal sealed class CrawlHarness : IAsyncDisposable
{
    public const string ContactUrl = "https://example.org/textminer/contact";
    private readonly ServiceProvider services;
    private readonly TempDirectory temp = new();

    private CrawlHarness(FixtureSiteServer server, ICrawlStateStore store, Action<FetchOptions>? configure)
    {
        Server = server;
        Store = store;
        var collection = new ServiceCollection();
        collection.AddSingleton(store);
        collection.AddTextMinerFetching(o =>
        {
            o.ContactUrl = new Uri(ContactUrl);
            o.MinRequestInterval = TimeSpan.FromMilliseconds(20);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(800);
            o.TotalTimeout = TimeSpan.FromSeconds(15);
            o.MaxRetries = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.MaxRetryDelay = TimeSpan.FromSeconds(2);
            o.CircuitBreakerMinimumThroughput = 200;
            o.MaxBodyBytes = 512 * 1024;
            o.RawArchiveDirectory = temp.Combine("raw");
            configure?.Invoke(o);
        });
        services = collection.BuildServiceProvider();
    }

    public FixtureSiteServer Server { get; }

    public ICrawlStateStore Store { get; }

    public SourceCrawler Crawler => services.GetRequiredService<SourceCrawler>();

    public static string PipelinesDirectory => Path.Combine(AppContext.BaseDirectory, "pipelines");

    public static SourceDefinition Source(string name) => SourceCatalog.LoadFile(Path.Combine(PipelinesDirectory, name + ".json"));

    public static async Task<CrawlHarness> StartAsync(string site, ICrawlStateStore? store = null, Action<FetchOptions>? configure = null)
    {
        var server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", site));
        return new CrawlHarness(server, store ?? new InMemoryCrawlStateStore(), configure);
    }

    /// <summary>Crawls the site through --base-url and records every outcome, as the pipeline does.</summary>
    public async Task<IReadOnlyList<CrawlOutcome>> CrawlAsync(SourceDefinition source, DateOnly? since = null, int? max = null)
    {
        var crawler = Crawler;
        var outcomes = new List<CrawlOutcome>();
        await foreach (var outcome in crawler.CrawlAsync(source, new CrawlOptions(since, max, Server.BaseUrl), CancellationToken.None))
        {
            outcomes.Add(outcome);
            await crawler.RecordAsync(outcome, CancellationToken.None);
        }

        return outcomes;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
