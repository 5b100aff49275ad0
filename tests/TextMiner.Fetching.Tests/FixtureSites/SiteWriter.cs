namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Writes files under one site folder, creating directories.</summary>
internal sealed class SiteWriter(string root)
{
    public void Text(string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public void Bytes(string relative, byte[] content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public static string UrlSet(IEnumerable<(string Loc, DateOnly? Modified)> urls, string? xsl = null) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Stylesheet(xsl) + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(urls.Select(u => $"  <url><loc>{Html.E(u.Loc)}</loc>{(u.Modified is { } m ? $"<lastmod>{Html.Iso(m)}T10:00:00+00:00</lastmod>" : "")}</url>\n"))
        + "</urlset>\n";

    public static string SitemapIndex(IEnumerable<string> sitemaps, string? xsl = null) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Stylesheet(xsl) + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + string.Concat(sitemaps.Select(s => $"  <sitemap><loc>{Html.E(s)}</loc></sitemap>\n"))
        + "</sitemapindex>\n";

    /// <summary>The XSL processing instruction WordPress and Yoast put before a sitemap's root.</summary>
    private static string Stylesheet(string? xsl) => xsl is null ? "" : $"<?xml-stylesheet type=\"text/xsl\" href=\"{Html.E(xsl)}\" ?>\n";

    public static string Rss(string title, string link, IEnumerable<(string Link, FixtureDocument Document)> items) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>{Html.E(title)}</title>
        <link>{Html.E(link)}</link>
        <description>{Html.E(title)}</description>
        <language>en-GB</language>
        {string.Concat(items.Select(i => $"<item>\n  <title>{Html.E(i.Document.Title)}</title>\n  <link>{Html.E(i.Link)}</link>\n  <pubDate>{Html.Rfc1123(i.Document.Date)}</pubDate>\n  <dc:creator><![CDATA[admin]]></dc:creator>\n  <description><![CDATA[{i.Document.Paragraphs[0]}]]></description>\n</item>\n"))}
        </channel>
        </rss>

        """;
}
