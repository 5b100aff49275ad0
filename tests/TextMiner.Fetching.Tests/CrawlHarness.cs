using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;
using TextMiner.Storage;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Fetching.Tests;

/// <summary>
/// A fixture site served on loopback, a crawler wired as in production with test timings, and the real SQLite crawl
/// state (TextMiner.Storage) in a temporary directory.
/// </summary>
internal sealed class CrawlHarness : IAsyncDisposable
{
    public const string ContactUrl = "https://example.org/textminer/contact";
    private readonly ServiceProvider services;
    private readonly TempDirectory temp;
    private readonly DocumentStore documents;

    private CrawlHarness(FixtureSiteServer server, TempDirectory temp, DocumentStore documents, Action<FetchOptions>? configure)
    {
        Server = server;
        this.temp = temp;
        this.documents = documents;
        Store = documents.CrawlState;
        var store = Store;
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

    public static Task<CrawlHarness> StartAsync(string site, Action<FetchOptions>? configure = null) =>
        StartAtAsync(Corpus.Path("sites", site), configure);

    /// <summary>Serves the site folder <paramref name="root"/> (a changed copy of a fixture site, say).</summary>
    public static async Task<CrawlHarness> StartAtAsync(string root, Action<FetchOptions>? configure = null)
    {
        var server = await FixtureSiteServer.StartAsync(root);
        var temp = new TempDirectory();
        var documents = await DocumentStore.OpenAsync(temp.Combine("textminer.db"), TimeProvider.System, CancellationToken.None);
        return new CrawlHarness(server, temp, documents, configure);
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

    /// <summary>Crawls as <see cref="CrawlAsync"/> does and gathers the outcomes into a summary.</summary>
    public async Task<CrawlSummary> CrawlSummaryAsync(SourceDefinition source, DateOnly? since = null, int? max = null)
    {
        var summary = new CrawlSummary();
        foreach (var outcome in await CrawlAsync(source, since, max))
        {
            summary.Add(outcome);
        }

        return summary;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
        await documents.DisposeAsync();
        temp.Dispose();
    }
}
