using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// Finds a source's documents through every route it offers — sitemaps (and sitemap indexes), feeds and paginated
/// listing pages (and their filter facets) — and joins what they find, counting each route's documents.
/// <paramref name="fetch"/> fetches a canonical URL (robots, rebasing, validators and redirects are the caller's) and
/// gives null when robots.txt forbids it. Links and sitemaps off the source's hosts are never followed; each is
/// reported as a notice.
/// </summary>
internal sealed partial class Discoverer(
    SourceDefinition source,
    SourceRules rules,
    CrawlOptions options,
    TimeProvider time,
    Func<Uri, CancellationToken, Task<StageResult<FetchedPage>?>> fetch)
{
    private const int MaxSitemapDepth = 4;

    /// <summary>Sitemap files read per source at most (index fan-out included).</summary>
    internal const int MaxSitemapFiles = 1_000;

    /// <summary>Facet values taken from one listing at most.</summary>
    internal const int MaxFacetValues = 200;

    private readonly CandidateSet found = new();
    private readonly List<CrawlOutcome.Failed> failures = [];
    private readonly List<CrawlOutcome.Notice> notices = [];
    private readonly List<DiscoveryRoute> routes = [];
    private readonly Dictionary<string, byte[]?> pages = new(StringComparer.Ordinal);
    private int sitemapFiles;

    public async Task<DiscoveryResult> RunAsync(IReadOnlyList<string> robotsSitemaps, CancellationToken cancellationToken)
    {
        var discovery = source.Discovery;
        var sitemaps = (discovery.Sitemaps ?? []).Select(rules.Urls.Canonical).ToList();
        if (discovery.RobotsSitemaps)
        {
            foreach (var line in robotsSitemaps)
            {
                if (SameSite(line, source.Origin, "robots.txt Sitemap line") is { } url)
                {
                    sitemaps.Add(url);
                }
            }
        }

        foreach (var sitemap in sitemaps.DistinctBy(s => s.AbsoluteUri))
        {
            var route = NewRoute($"sitemap {sitemap.PathAndQuery}", null, coversAll: true);
            await SitemapAsync(sitemap, 0, route, cancellationToken).ConfigureAwait(false);
        }

        foreach (var feed in discovery.Feeds ?? [])
        {
            await FeedAsync(feed, cancellationToken).ConfigureAwait(false);
        }

        foreach (var listing in discovery.Listings ?? [])
        {
            foreach (var (url, scoped) in ListingUrls(listing))
            {
                await ListingAsync(listing, url, scoped, facets: true, cancellationToken).ConfigureAwait(false);
            }
        }

        options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Discovering, found.Items.Count, 0, null));
        var report = new DiscoveryReport(routes.Select(r => r.ToReport()).ToList(), DiscoveryRoute.Gaps(routes));
        return new DiscoveryResult(found.Items, failures, notices, report);
    }

    private DiscoveryRoute NewRoute(string name, string? scope, bool coversAll = false)
    {
        var route = new DiscoveryRoute(name, scope, coversAll);
        routes.Add(route);
        return route;
    }

    /// <summary>
    /// Fetches a discovery page once per crawl (a second route asking for it gets the same bytes); a failure is recorded
    /// and gives null, except a 404 on a later page of a paged listing or feed or on a year's listing
    /// (<paramref name="mayBeAbsent"/>): WordPress answers 404 past the last page.
    /// </summary>
    private async Task<(byte[]? Bytes, bool Failed)> PageAsync(Uri url, CancellationToken cancellationToken, bool mayBeAbsent = false)
    {
        if (pages.TryGetValue(url.AbsoluteUri, out var known))
        {
            return (known, false);
        }

        options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Discovering, found.Items.Count, 0, url.AbsoluteUri));
        var result = await fetch(url, cancellationToken).ConfigureAwait(false);
        var bytes = result is { IsOk: true, Value.Bytes: { } b } ? b : null;
        pages[url.AbsoluteUri] = bytes;
        if (result is { IsFailure: true } && !(mayBeAbsent && result.Value?.StatusCode == 404))
        {
            failures.Add(CrawlOutcome.Failed.Of(source.Name, url.AbsoluteUri, result, duringDiscovery: true));
            return (null, true);
        }

        return (bytes, result is null);
    }

    /// <summary>A link as a canonical URL on the source's hosts, or null (and a notice) when it leaves them.</summary>
    private Uri? SameSite(string href, Uri page, string what)
    {
        var url = rules.Urls.Resolve(href, page);
        if (url is not null && rules.Urls.IsSameSite(url))
        {
            return url;
        }

        Notify(page, FetchErrors.OffSite, $"{what} {Shorten(href)} leaves the source's hosts; not followed");
        return null;
    }

    private void Notify(Uri url, string code, string detail) =>
        notices.Add(new CrawlOutcome.Notice(source.Name, url.AbsoluteUri, Diagnostic.Warning(code, detail)));

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>Offers a link; gives the document's key when it is one (new or known), else null.</summary>
    private string? Offer(
        string href, Uri page, DiscoveryRoute route, string? title, DateOnly? published, string? kind, DateTimeOffset? modified = null, string? anyLinkKind = null)
    {
        var url = rules.Urls.Resolve(href, page);
        if (url is null)
        {
            return null;
        }

        // A document rule's kind wins over the route's: a feed or listing mixes kinds.
        var documentKind = rules.DocumentKind(url) ?? (anyLinkKind is not null && rules.IsCandidateLink(url) ? anyLinkKind : null);
        if (documentKind is null && rules.IsAttachment(url, out var attachmentKind) && attachmentKind is not null)
        {
            documentKind = attachmentKind;
        }

        if (documentKind is null)
        {
            return null;
        }

        var finalKind = rules.DocumentKind(url) ?? kind ?? documentKind;
        var candidate = new DocumentCandidate(url, finalKind, new PageHints(title, published, finalKind), modified);
        found.Add(candidate);
        route.Add(candidate.Key, url);
        return candidate.Key;
    }

    private IEnumerable<(Uri Url, bool Scoped)> ListingUrls(ListingDefinition listing)
    {
        if (listing.FirstYear is not { } firstYear)
        {
            yield return (rules.Urls.Canonical(listing.Url), true);
            yield break;
        }

        var from = Math.Max(firstYear, options.Since?.Year ?? firstYear);
        for (var year = time.GetUtcNow().Year; year >= from; year--)
        {
            yield return (rules.Urls.Canonical(listing.Url.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)), false);
        }
    }

    internal static Uri WithParameter(Uri url, string parameter, string value)
    {
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Split('=')[0].Equals(parameter, StringComparison.Ordinal))
            .Append(parameter + "=" + Uri.EscapeDataString(value));
        return new UriBuilder(url) { Query = string.Join('&', query) }.Uri;
    }

    internal static Uri WithParameter(Uri url, string parameter, int value) => WithParameter(url, parameter, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>WordPress paging by path: <c>/news/</c> → <c>/news/page/2/</c>, query kept.</summary>
    internal static Uri WithPathPage(Uri url, string segment, int value) =>
        new UriBuilder(url) { Path = url.AbsolutePath.TrimEnd('/') + "/" + segment + "/" + value.ToString(CultureInfo.InvariantCulture) + "/" }.Uri;
}
