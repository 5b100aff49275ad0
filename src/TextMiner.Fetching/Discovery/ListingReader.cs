using HtmlAgilityPack;
using TextMiner.Core;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// The items of one listing page (link, title, date) and its "next" link. An item's link is the first value of the
/// link XPath that <c>preferred</c> accepts (a document URL), else its first value: a teaser that opens with a tag or an
/// image link still gives its article.
/// </summary>
internal static class ListingReader
{
    public sealed record Item(string Link, string? Title, DateOnly? Published);

    public static (IReadOnlyList<Item> Items, string? Next) Read(
        HtmlDocument page, ListingDefinition listing, IReadOnlyList<string>? dateFormats, Func<string, bool>? preferred = null)
    {
        var root = page.DocumentNode;
        var items = new List<Item>();
        if (listing.ItemXPath is null)
        {
            foreach (var a in HtmlQuery.Nodes(root, "//a[@href]"))
            {
                items.Add(new Item(a.GetAttributeValue("href", ""), TitleOf(a), null));
            }
        }
        else
        {
            foreach (var node in HtmlQuery.Nodes(root, listing.ItemXPath))
            {
                var links = HtmlQuery.Values(node, listing.LinkXPath ?? ".//a/@href").ToList();
                var link = links.FirstOrDefault(l => preferred?.Invoke(l) == true) ?? links.FirstOrDefault();
                if (link is null)
                {
                    continue;
                }

                var title = listing.TitleXPath is null ? null : HtmlQuery.First(node, listing.TitleXPath);
                var date = listing.DateXPath is null ? null : DateFinder.FindDate(HtmlQuery.First(node, listing.DateXPath), dateFormats);
                items.Add(new Item(link, title, date));
            }
        }

        var next = listing.Pagination?.NextXPath is { } nextXPath ? HtmlQuery.First(root, nextXPath) : null;
        return (items, next);
    }

    private static string? TitleOf(HtmlNode a)
    {
        var text = HtmlQuery.Clean(a.InnerText);
        return text.Length == 0 || text.Contains("read more", StringComparison.OrdinalIgnoreCase) ? null : text;
    }
}
