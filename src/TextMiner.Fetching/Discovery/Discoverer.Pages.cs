using System.Globalization;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

internal sealed partial class Discoverer
{
    private async Task SitemapAsync(Uri url, int depth, DiscoveryRoute route, CancellationToken cancellationToken)
    {
        if (++sitemapFiles > MaxSitemapFiles)
        {
            route.Complete = false;
            if (sitemapFiles == MaxSitemapFiles + 1)
            {
                Notify(url, FetchErrors.SitemapCapped, string.Create(CultureInfo.InvariantCulture, $"more than {MaxSitemapFiles} sitemap files; the rest not read"));
            }

            return;
        }

        var (bytes, _) = await PageAsync(url, cancellationToken).ConfigureAwait(false);
        var sitemap = bytes is null ? null : SitemapReader.Read(bytes);
        if (sitemap is null)
        {
            route.Complete = false;
            if (bytes is not null)
            {
                Notify(url, FetchErrors.NotASitemap, "the file is neither a urlset nor a sitemap index");
            }

            return;
        }

        if (sitemap.Error is not null || sitemap.Capped)
        {
            route.Complete = false;
            if (sitemap.Capped && sitemap.Error is null)
            {
                Notify(url, FetchErrors.SitemapCapped, string.Create(
                    CultureInfo.InvariantCulture, $"more than {SitemapReader.MaxEntries} entries; the first {SitemapReader.MaxEntries} kept"));
            }
            else
            {
                Notify(url, sitemap.Capped ? FetchErrors.SitemapTooLarge : FetchErrors.NotASitemap, string.Create(
                    CultureInfo.InvariantCulture, $"{sitemap.Error}; {sitemap.Urls.Count + sitemap.Sitemaps.Count} entries read before it"));
            }
        }

        foreach (var entry in sitemap.Urls)
        {
            Offer(entry.Location, url, route, null, null, null, entry.Modified);
        }

        if (depth >= MaxSitemapDepth)
        {
            route.Complete &= sitemap.Sitemaps.Count == 0;
            return;
        }

        var follow = source.Discovery.SitemapFollow is { } pattern ? new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null;
        foreach (var child in sitemap.Sitemaps)
        {
            if (SameSite(child, url, "child sitemap") is { } childUrl && (follow is null || follow.IsMatch(childUrl.PathAndQuery)))
            {
                await SitemapAsync(childUrl, depth + 1, route, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task FeedAsync(FeedDefinition feed, CancellationToken cancellationToken)
    {
        var first = rules.Urls.Canonical(feed.Url);
        var route = NewRoute($"feed {first.PathAndQuery}", null, coversAll: true);
        // A feed holds only its newest items unless it is paged to its end.
        route.Complete = false;
        var pages = feed.Pagination?.Parameter is null ? 1 : feed.Pagination.MaxPages;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < pages; page++)
        {
            var url = page == 0 ? first : WithParameter(first, feed.Pagination!.Parameter!, feed.Pagination.First + page);
            var (bytes, failed) = await PageAsync(url, cancellationToken, mayBeAbsent: page > 0).ConfigureAwait(false);
            var items = bytes is null ? null : FeedReader.Read(bytes);
            if (items is null)
            {
                route.Complete = page > 0 && !failed && bytes is null;
                return;
            }

            var fresh = items.Select(i => Offer(i.Link, url, route, i.Title, i.Published, feed.Kind, anyLinkKind: feed.Kind)).OfType<string>().Count(seen.Add);
            if (fresh == 0 || AllBeforeSince(items.Select(i => i.Published)))
            {
                route.Complete = fresh == 0 && page > 0;
                return;
            }
        }
    }

    private async Task ListingAsync(ListingDefinition listing, Uri first, bool scoped, bool facets, CancellationToken cancellationToken)
    {
        var route = NewRoute($"listing {first.PathAndQuery}", scoped && first.Query.Length == 0 ? first.AbsolutePath : null);
        var pagination = listing.Pagination;
        var url = first;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var maxPages = pagination?.MaxPages ?? 1;
        HtmlDocument? firstPage = null;
        var pagerHasNext = false;
        for (var page = 0; url is not null; page++)
        {
            if (page >= maxPages)
            {
                if (pagination is not null)
                {
                    route.Complete = false;
                    Notify(first, FetchErrors.ListingCapped, string.Create(CultureInfo.InvariantCulture, $"stopped after maxPages {maxPages}"));
                }

                break;
            }

            // A 404 past the first page ends the paging (WordPress); on a year's or a facet's run it means nothing is listed.
            var (bytes, failed) = await PageAsync(url, cancellationToken, mayBeAbsent: page > 0 || listing.FirstYear is not null || !facets).ConfigureAwait(false);
            if (bytes is null)
            {
                route.Complete &= !failed;
                break;
            }

            var html = HtmlQuery.Load(bytes);
            firstPage ??= html;
            Uri current = url;
            var (items, next) = ListingReader.Read(html, listing, source.Page?.DateFormats, href => rules.Urls.Resolve(href, current) is { } u && rules.DocumentKind(u) is not null);
            var anyLinkKind = listing.ItemXPath is null ? null : listing.Kind;
            var fresh = items.Select(i => Offer(i.Link, url, route, i.Title, i.Published, listing.Kind, anyLinkKind: anyLinkKind)).OfType<string>().Count(seen.Add);
            if (fresh == 0)
            {
                break;
            }

            if (AllBeforeSince(items.Select(i => i.Published)))
            {
                route.Complete = false;
                break;
            }

            // A pager that showed a "next" link on the first page and shows none now says this is the last page: no
            // request past the end (WordPress would answer 404, Drupal the last page again).
            var hasNext = HtmlQuery.First(html.DocumentNode, NextLinkXPath) is not null;
            pagerHasNext |= page == 0 && hasNext;
            if (page > 0 && pagerHasNext && !hasNext && pagination?.NextXPath is null)
            {
                break;
            }

            url = pagination switch
            {
                { Parameter: { } parameter } => WithParameter(first, parameter, pagination.First + page + 1),
                { PathSegment: { } segment } => WithPathPage(first, segment, pagination.First + page + 1),
                { NextXPath: not null } when next is not null => SameSite(next, url, "next-page link"),
                _ => null,
            };
        }

        if (facets && firstPage is not null)
        {
            foreach (var facetUrl in FacetUrls(listing, first, firstPage).Take(MaxFacetValues))
            {
                await ListingAsync(listing, facetUrl, scoped: false, facets: false, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A pager's "next" link as WordPress and Drupal render it.</summary>
    private const string NextLinkXPath =
        "//a[@rel='next']/@href | //link[@rel='next']/@href | //a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/@href | //li[contains(@class, 'pager-next')]//a/@href";

    /// <summary>The first pages of a listing's filtered runs, from the values its facets find on its first page.</summary>
    private List<Uri> FacetUrls(ListingDefinition listing, Uri first, HtmlDocument page)
    {
        var urls = new List<Uri>();
        foreach (var facet in listing.Facets ?? [])
        {
            foreach (var value in HtmlQuery.Values(page.DocumentNode, facet.ValuesXPath).Distinct(StringComparer.Ordinal))
            {
                var url = facet.Parameter is { } parameter
                    ? ParameterValue(value, parameter, first) is { Length: > 0 } v ? WithParameter(first, parameter, v) : null
                    : SameSite(value, first, "facet link");
                if (url is not null && url.AbsoluteUri != first.AbsoluteUri && urls.All(u => u.AbsoluteUri != url.AbsoluteUri))
                {
                    urls.Add(url);
                }
            }
        }

        return urls;
    }

    /// <summary>A facet value: the option's value itself, or the parameter's value in a link's query.</summary>
    private string? ParameterValue(string value, string parameter, Uri first)
    {
        if (!value.Contains('=', StringComparison.Ordinal) && !value.Contains('/', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var url = rules.Urls.Resolve(value, first);
        if (url is null || !rules.Urls.IsSameSite(url))
        {
            return null;
        }

        return url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0].Equals(parameter, StringComparison.Ordinal))
            .Select(p => Uri.UnescapeDataString(p[1].Replace('+', ' ')).Trim())
            .FirstOrDefault();
    }

    /// <summary>Listings and feeds run newest first: a page whose dated items all precede --since ends the paging.</summary>
    private bool AllBeforeSince(IEnumerable<DateOnly?> dates)
    {
        var known = dates.OfType<DateOnly>().ToList();
        return options.Since is { } since && known.Count > 0 && known.All(d => d < since);
    }
}
