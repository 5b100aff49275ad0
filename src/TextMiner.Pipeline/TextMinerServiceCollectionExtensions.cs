using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Stages;
using TextMiner.Extraction;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Parsing;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Research.Export;

namespace TextMiner.Pipeline;

/// <summary>
/// The composition root: every verb gets its stages, store, index and runners from here rather than wiring them by
/// hand. Parse, Extract and Classify and the read-only query access (<see cref="ReadOnlyData"/>) always; with an open
/// workspace (<see cref="TextMinerServices.OpenAsync"/>, or <see cref="TextMinerOptions.Workspace"/>) also the store,
/// the index and its synchroniser, the raw archive, the ingestor, and the runners for ingest and crawl (with the polite
/// HTTP stack of TextMiner.Fetching) and the exporter.
/// </summary>
public static class TextMinerServiceCollectionExtensions
{
    public static IServiceCollection AddTextMiner(this IServiceCollection services, TextMinerOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(options.Data);
        services.AddSingleton(options.Time);
        var parser = new DocumentParser();
        services.AddSingleton(parser);
        services.AddSingleton<IDocumentParser>(parser);
        services.AddSingleton<IFindingsExtractor>(_ => new FindingsExtractor());

        // The model is loaded (or trained) on first use only: verbs that never classify never pay for it.
        services.AddSingleton<IThemeClassifier>(_ => AnalyserFactory.LoadClassifier(options.Data, options.Log));
        services.AddSingleton(sp => new DocumentAnalyser(
            sp.GetRequiredService<IDocumentParser>(), sp.GetRequiredService<IFindingsExtractor>(), sp.GetRequiredService<IThemeClassifier>));

        // Readers open nothing until asked, and then read-only.
        services.AddSingleton(_ => new ReadOnlyData(options.Data, options.Time));
        if (options.Workspace is { } workspace)
        {
            AddWorkspace(services, options, workspace, parser);
        }

        return services;
    }

    /// <summary>What runs over an open workspace; registered as instances, so the container never closes them.</summary>
    private static void AddWorkspace(IServiceCollection services, TextMinerOptions options, Workspace workspace, DocumentParser parser)
    {
        services.AddSingleton(workspace);
        services.AddSingleton(workspace.Store);
        services.AddSingleton(workspace.Index);
        services.AddSingleton(workspace.Sync);
        services.AddSingleton(workspace.Archive);
        services.AddSingleton<ICrawlStateStore>(workspace.Store.CrawlState);
        services.AddSingleton<DocumentIngestor>();
        services.AddSingleton(sp => new LocalFileReader(sp.GetRequiredService<TimeProvider>(), options.MaxFileBytes));
        services.AddSingleton<IngestRunner>();
        services.AddTextMinerFetching(fetch =>
        {
            fetch.RawArchiveDirectory = options.Data.RawPath;

            // A report page is loaded once, as the parser loads it: the crawler reads its links, the parser its text.
            fetch.LoadPage = parser.LoadHtml;
            options.Fetch?.Invoke(fetch);
        });
        services.AddSingleton<CrawlRunner>();
        services.AddSingleton<Exporter>();
    }
}
