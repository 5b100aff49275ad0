using System.Globalization;
using System.Xml;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// A sitemap (<c>urlset</c>) or sitemap index (<c>sitemapindex</c>), plain or gzipped, read as a stream with namespaces
/// and processing instructions (WordPress's XSL stylesheet) ignored. At most <c>maxEntries</c> entries are kept (the
/// protocol allows 50,000): the rest is not read, and <see cref="Sitemap.Capped"/> says so.
/// </summary>
internal static class SitemapReader
{
    public const int MaxEntries = 50_000;

    public sealed record Entry(string Location, DateTimeOffset? Modified);

    /// <summary><paramref name="Error"/> is set when the file could not be read to its end (malformed, or too large once inflated).</summary>
    public sealed record Sitemap(IReadOnlyList<Entry> Urls, IReadOnlyList<string> Sitemaps, bool Capped, string? Error);

    /// <summary>The sitemap, or null when the bytes are not a sitemap at all.</summary>
    public static Sitemap? Read(byte[] bytes, int maxEntries = MaxEntries)
    {
        var urls = new List<Entry>();
        var sitemaps = new List<string>();
        string? root = null;
        try
        {
            using var reader = Xml.Reader(bytes);
            reader.MoveToContent();
            root = reader.LocalName;
            if (root is not ("urlset" or "sitemapindex"))
            {
                return null;
            }

            var entryName = root == "urlset" ? "url" : "sitemap";
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != entryName)
                {
                    continue;
                }

                if (urls.Count + sitemaps.Count >= maxEntries)
                {
                    return new Sitemap(urls, sitemaps, Capped: true, null);
                }

                var (location, modified) = ReadEntry(reader);
                if (location.Length == 0)
                {
                    continue;
                }

                if (root == "urlset")
                {
                    urls.Add(new Entry(location, modified));
                }
                else
                {
                    sitemaps.Add(location);
                }
            }

            return new Sitemap(urls, sitemaps, Capped: false, null);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            return root is null ? null : new Sitemap(urls, sitemaps, Capped: e is InvalidDataException, e.Message);
        }
    }

    private static (string Location, DateTimeOffset? Modified) ReadEntry(XmlReader reader)
    {
        string location = "";
        DateTimeOffset? modified = null;
        using var entry = reader.ReadSubtree();
        entry.Read();
        while (!entry.EOF)
        {
            if (entry.NodeType == XmlNodeType.Element && entry.LocalName == "loc")
            {
                location = entry.ReadElementContentAsString().Trim();
            }
            else if (entry.NodeType == XmlNodeType.Element && entry.LocalName == "lastmod")
            {
                var text = entry.ReadElementContentAsString().Trim();
                modified = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var m) ? m : null;
            }
            else
            {
                entry.Read();
            }
        }

        return (location, modified);
    }
}
