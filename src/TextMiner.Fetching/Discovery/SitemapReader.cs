using System.Xml.Linq;


namespace TextMiner.Fetching.Discovery;

/// <summary>A sitemap (<c>urlset</c>) or sitemap index (<c>sitemapindex</c>), plain or gzipped; namespaces ignored.</summary>
internal static class SitemapReader
{
    public sealed record Entry(string Location, DateTimeOffset? Modified);

    public sealed record Sitemap(IReadOnlyList<Entry> Urls, IReadOnlyList<string> Sitemaps);

    public static Sitemap? Read(byte[] bytes)
    {
        var root = Xml.Load(bytes);
        if (root is null)
        {
            return null;
        }

        IReadOnlyList<Entry> Entries(string element) => root.Elements().Where(e => e.Name.LocalName == element)
            .Select(e => new Entry(
                Child(e, "loc") ?? "",
                DateTimeOffset.TryParse(Child(e, "lastmod"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var m) ? m : null))
            .Where(e => e.Location.Length > 0)
            .ToList();

        return root.Name.LocalName switch
        {
            "urlset" => new Sitemap(Entries("url"), []),
            "sitemapindex" => new Sitemap([], Entries("sitemap").Select(e => e.Location).ToList()),
            _ => null,
        };
    }

    private static string? Child(XElement e, string name) => e.Elements().FirstOrDefault(c => c.Name.LocalName == name)?.Value.Trim();
}
