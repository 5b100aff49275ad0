using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Stages;
using TextMiner.Extraction;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Parsing;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Pipeline;

/// <summary>
/// The composition root: every verb gets its stages, store, index and runners from here rather than wiring them by
/// hand. Parse, Extract and Classify always; with <see cref="TextMinerOptions.Workspace"/> also the store, the index
/// and its synchroniser, the raw archive, the ingestor, the runners for ingest and crawl (with the polite HTTP stack
/// of TextMiner.Fetching) and the statistics.
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
        services.AddSingleton<IDocumentParser>(_ => new DocumentParser());
        services.AddSingleton<IFindingsExtractor>(_ => new FindingsExtractor());

        // The model is loaded (or trained) on first use only: verbs that never classify never pay for it.
        services.AddSingleton<IThemeClassifier>(_ => AnalyserFactory.LoadClassifier(options.Data, options.Log));
        services.AddSingleton(sp => new DocumentAnalyser(
            sp.GetRequiredService<IDocumentParser>(), sp.GetRequiredService<IFindingsExtractor>(), sp.GetRequiredService<IThemeClassifier>));

        if (options.Workspace is { } workspace)
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
                options.Fetch?.Invoke(fetch);
            });
            services.AddSingleton<CrawlRunner>();
        }

        return services;
    }
}
