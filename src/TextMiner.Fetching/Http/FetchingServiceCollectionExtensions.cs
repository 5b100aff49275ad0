using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using TextMiner.Core;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;

namespace TextMiner.Fetching.Http;

public static class FetchingServiceCollectionExtensions
{
    public const string PipelineName = "textminer-fetch";
    public const string AttemptPipelineName = "textminer-attempt";

    /// <summary>
    /// Registers <see cref="SourceCrawler"/> and its typed HttpClient. The caller registers an
    /// <see cref="ICrawlStateStore"/> (TextMiner.Storage's CrawlStateStore) and may register a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddTextMinerFetching(this IServiceCollection services, Action<FetchOptions> configure)
    {
        services.AddOptions<FetchOptions>().Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostPacer>();
        services.TryAddTransient<RedirectHandler>();
        services.TryAddTransient<PacingHandler>();
        services.TryAddTransient<BoundedContentHandler>();

        var client = services.AddHttpClient<PageFetcher>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<FetchOptions>>().Value;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf,*/*;q=0.8");
                // The resilience pipelines own every timeout.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler<RedirectHandler>();
        client.AddResilienceHandler(PipelineName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
                ResiliencePipelines.Configure(pipeline, options, time);
            })
            .SelectPipelineByAuthority();
        client.AddHttpMessageHandler<PacingHandler>();

        // The attempt timeout sits inside the pacing, so waiting for a host's turn (a long crawl-delay) never times
        // an attempt out; the body is read inside it, so a stalled body does.
        client.AddResilienceHandler(AttemptPipelineName, (pipeline, context) =>
            ResiliencePipelines.ConfigureAttempt(pipeline, context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value));
        client.AddHttpMessageHandler<BoundedContentHandler>();

        services.TryAddTransient(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FetchOptions>>().Value;
            return new SourceCrawler(
                sp.GetRequiredService<PageFetcher>(),
                sp.GetRequiredService<ICrawlStateStore>(),
                sp.GetRequiredService<HostPacer>(),
                options,
                // The host's own archive when it registered one (the workspace's: bytes are written once, by one
                // instance, and the ingest that follows finds them there); else one over the configured folder.
                sp.GetService<RawArchive>() ?? (options.RawArchiveDirectory is null ? null : new RawArchive(options.RawArchiveDirectory)),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<SourceCrawler>());
        });
        return services;
    }
}
