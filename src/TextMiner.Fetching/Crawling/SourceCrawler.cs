using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TextMiner.Core;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Discovery;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Robots;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Crawling;

/// <summary>
/// Crawls one source: discovery, then each document once (a report page followed by its attachments), politely and
/// conditionally. It reads crawl state but does not write it: the caller calls <see cref="RecordAsync"/> for each
/// outcome once it has dealt with it (for a <see cref="CrawlOutcome.Fetched"/>, after storing), so a run that stops
/// half-way fetches the unstored documents again next time. Fetched bytes go to the raw archive when one is configured;
/// a report page answered 304 is read back from it to find its attachments.
/// </summary>
public sealed partial class SourceCrawler
{
    private readonly PageFetcher fetcher;
    private readonly ICrawlStateStore store;
    private readonly HostPacer pacer;
    private readonly FetchOptions fetchOptions;
    private readonly RawArchive? archive;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    internal SourceCrawler(
        PageFetcher fetcher, ICrawlStateStore store, HostPacer pacer, FetchOptions fetchOptions, RawArchive? archive, TimeProvider time, ILogger? logger = null)
    {
        this.logger = logger ?? NullLogger.Instance;
        this.fetcher = fetcher;
        this.store = store;
        this.pacer = pacer;
        this.fetchOptions = fetchOptions;
        this.archive = archive;
        this.time = time;
    }

    public async IAsyncEnumerable<CrawlOutcome> CrawlAsync(
        SourceDefinition source, CrawlOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaseUrl is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The base URL must be absolute.", nameof(options));
        }

        var urls = new UrlMapper(source.Origin, options.BaseUrl);
        var rules = new SourceRules(source, urls);
        var pages = new ConditionalPages(fetcher, store, archive, time, source.Name);
        Func<Uri, Uri?> redirects = urls.FollowRedirect;
        var robots = new RobotsCache(
            (url, ct) => pages.GetAsync(urls.Resolve(url.AbsoluteUri, source.Origin) ?? url, url, redirects, ct), pacer, fetchOptions);
        var siteRobots = await robots.GetAsync(urls.ToFetch(source.Origin), cancellationToken).ConfigureAwait(false);
        var robotsUrl = new Uri(source.Origin, "/robots.txt").AbsoluteUri;
        if (siteRobots.Unreachable is { } unreachable)
        {
            // RFC 9309: a robots.txt that cannot be read forbids everything; say so rather than find nothing.
            Log.DiscoveryFailed(logger, robotsUrl, unreachable.ToString());
            yield return new CrawlOutcome.Failed(source.Name, robotsUrl, unreachable, Transient: true, DuringDiscovery: true);
            yield break;
        }

        foreach (var warning in RobotsNotices(siteRobots))
        {
            yield return new CrawlOutcome.Notice(source.Name, robotsUrl, warning);
        }

        async Task<StageResult<FetchedPage>?> FetchDiscoveryPage(Uri canonical, CancellationToken ct)
        {
            var target = urls.ToFetch(canonical);
            var robotsTxt = await robots.GetAsync(target, ct).ConfigureAwait(false);
            return robotsTxt.IsAllowed(canonical.PathAndQuery) ? await pages.GetAsync(canonical, target, redirects, ct).ConfigureAwait(false) : null;
        }

        var discovery = await new Discoverer(source, rules, options, time, FetchDiscoveryPage)
            .RunAsync(siteRobots.Sitemaps, cancellationToken).ConfigureAwait(false);
        Log.Discovered(logger, source.Name, discovery.Candidates.Count);
        foreach (var failure in discovery.Failures)
        {
            Log.DiscoveryFailed(logger, failure.Url, failure.Reason.ToString());
            yield return failure;
        }

        foreach (var notice in discovery.Notices)
        {
            yield return notice;
        }

        yield return new CrawlOutcome.Routes(source.Name, source.Origin.AbsoluteUri, discovery.Report);

        var queue = discovery.Candidates.ToList();
        var queued = new CandidateSet();
        queue.ForEach(c => queued.Add(c));
        var crawl = new CrawlContext(source, rules, options, pages, redirects, queued);
        var requested = 0;
        for (var i = 0; i < queue.Count; i++)
        {
            var candidate = queue[i];
            if (crawl.Done.Contains(candidate.Key))
            {
                // Already fetched through an alias whose canonical link named it: one document, not two.
                continue;
            }

            options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Fetching, queue.Count, i, candidate.Url.AbsoluteUri));
            var skip = await SkipReasonAsync(candidate, options, robots, urls, requested, cancellationToken).ConfigureAwait(false);
            if (skip is not null)
            {
                Log.Skipped(logger, candidate.Url.AbsoluteUri, skip.ToString());
                yield return new CrawlOutcome.Skipped(source.Name, candidate.Url.AbsoluteUri, skip);
                continue;
            }

            requested++;
            crawl.Done.Add(candidate.Key);
            var (outcome, attachments) = await FetchDocumentAsync(crawl, candidate, cancellationToken).ConfigureAwait(false);
            var fresh = attachments.Where(queued.Add).ToList();
            queue.InsertRange(i + 1, fresh);
            if (outcome is CrawlOutcome.Failed failed)
            {
                Log.DocumentFailed(logger, failed.Url, failed.Transient, failed.Reason.ToString());
            }

            yield return outcome;
        }

        options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Done, queue.Count, queue.Count, null));
    }

    private IEnumerable<Diagnostic> RobotsNotices(Robots.RobotsTxt robots)
    {
        if (robots.CrawlDelay is { } delay && delay > fetchOptions.MaxCrawlDelay)
        {
            yield return Diagnostic.Warning(FetchErrors.CrawlDelayClamped, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"robots.txt asks for Crawl-delay: {robots.CrawlDelayText}; {fetchOptions.MaxCrawlDelay.TotalSeconds} s used"));
        }

        foreach (var warning in robots.Warnings)
        {
            yield return warning;
        }
    }

    private async Task<Diagnostic?> SkipReasonAsync(
        DocumentCandidate candidate, CrawlOptions options, RobotsCache robots, UrlMapper urls, int requested, CancellationToken cancellationToken)
    {
        var robotsTxt = await robots.GetAsync(urls.ToFetch(candidate.Url), cancellationToken).ConfigureAwait(false);
        if (!robotsTxt.IsAllowed(candidate.Url.PathAndQuery))
        {
            return robotsTxt.Unreachable ?? Diagnostic.Info(FetchErrors.RobotsDisallowed, candidate.Url.PathAndQuery);
        }

        if (IsBeforeSince(candidate, options.Since))
        {
            return Diagnostic.Info(FetchErrors.BeforeSince, candidate.Hints.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "modified earlier");
        }

        return requested >= options.Max ? Diagnostic.Info(FetchErrors.BeyondMax, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{options.Max}")) : null;
    }

    private static bool IsBeforeSince(DocumentCandidate candidate, DateOnly? since) => since is { } day
        && (candidate.Hints.Published < day || (candidate.Modified is { } modified && DateOnly.FromDateTime(modified.UtcDateTime) < day));
}
