using System.Xml.Linq;
using TextMiner.Core;

namespace TextMiner.Fetching.Discovery;

/// <summary>RSS 2.0 items and Atom entries: link, title and publication date.</summary>
internal static class FeedReader
{
    public sealed record Item(string Link, string? Title, DateOnly? Published);

    /// <summary>The feed's items, or null when the bytes are not a feed.</summary>
    public static IReadOnlyList<Item>? Read(byte[] bytes)
    {
        var root = Xml.Load(bytes);
        return root?.Name.LocalName switch
        {
            "rss" or "RDF" => root.Descendants().Where(e => e.Name.LocalName == "item").Select(Rss).Where(i => i.Link.Length > 0).ToList(),
            "feed" => root.Elements().Where(e => e.Name.LocalName == "entry").Select(Atom).Where(i => i.Link.Length > 0).ToList(),
            _ => null,
        };
    }

    private static Item Rss(XElement item) => new(
        Child(item, "link") ?? Child(item, "guid") ?? "",
        Child(item, "title"),
        DateFinder.FindDate(Child(item, "pubDate") ?? Child(item, "date")));

    private static Item Atom(XElement entry)
    {
        var link = entry.Elements().Where(e => e.Name.LocalName == "link")
            .FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return new Item(
            (string?)link?.Attribute("href") ?? "",
            Child(entry, "title"),
            DateFinder.FindDate(Child(entry, "published") ?? Child(entry, "updated")));
    }

    private static string? Child(XElement e, string name) =>
        e.Elements().FirstOrDefault(c => c.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } v ? v : null;
}
