using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

internal sealed partial class Discoverer
{
    private async Task SitemapAsync(Uri url, int depth, CancellationToken cancellationToken)
    {
        var bytes = await PageAsync(url, cancellationToken).ConfigureAwait(false);
        var sitemap = bytes is null ? null : SitemapReader.Read(bytes);
        if (sitemap is null)
        {
            return;
        }

        foreach (var entry in sitemap.Urls)
        {
            Offer(entry.Location, url, null, null, null, entry.Modified);
        }

        if (depth < MaxSitemapDepth)
        {
            foreach (var child in sitemap.Sitemaps.Select(s => rules.Urls.Resolve(s, url)).OfType<Uri>().Where(rules.Urls.IsSameSite))
            {
                await SitemapAsync(child, depth + 1, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task FeedAsync(FeedDefinition feed, CancellationToken cancellationToken)
    {
        var first = rules.Urls.Canonical(feed.Url);
        var pages = feed.Pagination?.Parameter is null ? 1 : feed.Pagination.MaxPages;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; page < pages; page++)
        {
            var url = page == 0 ? first : WithParameter(first, feed.Pagination!.Parameter!, feed.Pagination.First + page);
            var bytes = await PageAsync(url, cancellationToken, mayBeAbsent: page > 0).ConfigureAwait(false);
            var items = bytes is null ? null : FeedReader.Read(bytes);
            if (items is null)
            {
                return;
            }

            var fresh = items.Select(i => Offer(i.Link, url, i.Title, i.Published, null)).OfType<string>().Count(seen.Add);
            if (fresh == 0 || AllBeforeSince(items.Select(i => i.Published)))
            {
                return;
            }
        }
    }

    private async Task ListingAsync(ListingDefinition listing, Uri first, CancellationToken cancellationToken)
    {
        var pagination = listing.Pagination;
        var url = first;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 0; url is not null && page < (pagination?.MaxPages ?? 1); page++)
        {
            var bytes = await PageAsync(url, cancellationToken, mayBeAbsent: page > 0 || listing.FirstYear is not null).ConfigureAwait(false);
            if (bytes is null)
            {
                return;
            }

            var (items, next) = ListingReader.Read(HtmlQuery.Load(bytes), listing, source.Page?.DateFormats);
            var fresh = items.Select(i => Offer(i.Link, url, i.Title, i.Published, listing.Kind)).OfType<string>().Count(seen.Add);
            if (fresh == 0 || AllBeforeSince(items.Select(i => i.Published)))
            {
                return;
            }

            url = pagination switch
            {
                { Parameter: { } parameter } => WithParameter(first, parameter, pagination.First + page + 1),
                { NextXPath: not null } when next is not null => rules.Urls.Resolve(next, url),
                _ => null,
            };
        }
    }

    /// <summary>Listings and feeds run newest first: a page whose dated items all precede --since ends the paging.</summary>
    private bool AllBeforeSince(IEnumerable<DateOnly?> dates)
    {
        var known = dates.OfType<DateOnly>().ToList();
        return options.Since is { } since && known.Count > 0 && known.All(d => d < since);
    }
}
