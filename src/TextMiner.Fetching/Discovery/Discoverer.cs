using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// Finds a source's documents through its sitemaps (and sitemap indexes), feeds and paginated listing pages.
/// <paramref name="fetch"/> fetches a canonical URL (robots and rebasing are the caller's) and gives null when robots.txt
/// forbids it.
/// </summary>
internal sealed partial class Discoverer(
    SourceDefinition source,
    SourceRules rules,
    CrawlOptions options,
    TimeProvider time,
    Func<Uri, CancellationToken, Task<FetchResult?>> fetch)
{
    private const int MaxSitemapDepth = 4;
    private readonly CandidateSet found = new();
    private readonly List<CrawlOutcome.Failed> failures = [];
    private readonly HashSet<string> visitedPages = new(StringComparer.Ordinal);

    public async Task<DiscoveryResult> RunAsync(IReadOnlyList<string> robotsSitemaps, CancellationToken cancellationToken)
    {
        var discovery = source.Discovery;
        var sitemaps = (discovery.Sitemaps ?? []).Select(rules.Urls.Canonical).ToList();
        if (discovery.RobotsSitemaps)
        {
            sitemaps.AddRange(robotsSitemaps.Select(s => rules.Urls.Resolve(s, source.Origin)).OfType<Uri>());
        }

        foreach (var sitemap in sitemaps)
        {
            await SitemapAsync(sitemap, 0, cancellationToken).ConfigureAwait(false);
        }

        foreach (var feed in discovery.Feeds ?? [])
        {
            await FeedAsync(feed, cancellationToken).ConfigureAwait(false);
        }

        foreach (var listing in discovery.Listings ?? [])
        {
            foreach (var url in ListingUrls(listing))
            {
                await ListingAsync(listing, url, cancellationToken).ConfigureAwait(false);
            }
        }

        options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Discovering, found.Items.Count, 0, null));
        return new DiscoveryResult(found.Items, failures);
    }

    /// <summary>
    /// Fetches a discovery page once; a failure is recorded and gives null, except a 404 on a later page of a paged
    /// listing or feed or on a year's listing (<paramref name="mayBeAbsent"/>): WordPress answers 404 past the last page.
    /// </summary>
    private async Task<byte[]?> PageAsync(Uri url, CancellationToken cancellationToken, bool mayBeAbsent = false)
    {
        if (!visitedPages.Add(url.AbsoluteUri))
        {
            return null;
        }

        options.Progress?.Report(new CrawlProgress(source.Name, CrawlPhase.Discovering, found.Items.Count, 0, url.AbsoluteUri));
        var result = await fetch(url, cancellationToken).ConfigureAwait(false);
        if (result is { Status: FetchStatus.Ok, Bytes: { } bytes })
        {
            return bytes;
        }

        if (result is { Status: FetchStatus.Failed } && !(mayBeAbsent && result.StatusCode == 404))
        {
            failures.Add(new CrawlOutcome.Failed(source.Name, url.AbsoluteUri, result.Error ?? FetchErrors.HttpStatus, result.Transient, result.StatusCode, DuringDiscovery: true));
        }

        return null;
    }

    /// <summary>Offers a link; gives the document's key when it is one (new or known), else null.</summary>
    private string? Offer(string href, Uri page, string? title, DateOnly? published, string? kind, DateTimeOffset? modified = null)
    {
        var url = rules.Urls.Resolve(href, page);
        if (url is null)
        {
            return null;
        }

        var documentKind = rules.DocumentKind(url);
        if (documentKind is null && rules.IsAttachment(url, out var attachmentKind) && attachmentKind is not null)
        {
            documentKind = attachmentKind;
        }

        if (documentKind is null)
        {
            return null;
        }

        var finalKind = kind ?? documentKind;
        var candidate = new DocumentCandidate(url, finalKind, new PageHints(title, published, finalKind), modified);
        found.Add(candidate);
        return candidate.Key;
    }

    private IEnumerable<Uri> ListingUrls(ListingDefinition listing)
    {
        if (listing.FirstYear is not { } firstYear)
        {
            yield return rules.Urls.Canonical(listing.Url);
            yield break;
        }

        var from = Math.Max(firstYear, options.Since?.Year ?? firstYear);
        for (var year = time.GetUtcNow().Year; year >= from; year--)
        {
            yield return rules.Urls.Canonical(listing.Url.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }
    }

    internal static Uri WithParameter(Uri url, string parameter, int value)
    {
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Split('=')[0].Equals(parameter, StringComparison.Ordinal))
            .Append(string.Create(CultureInfo.InvariantCulture, $"{parameter}={value}"));
        return new UriBuilder(url) { Query = string.Join('&', query) }.Uri;
    }
}
