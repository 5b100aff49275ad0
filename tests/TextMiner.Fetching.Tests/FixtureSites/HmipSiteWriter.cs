using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

internal static class HmipSiteWriter
{
    private const string SiteName = "HM Inspectorate of Probation";

    public static string DocumentPath(FixtureDocument d) => $"/document/{d.Slug}/";

    public static string PdfPath(FixtureDocument d) => $"/wp-content/uploads/sites/5/{Html.Path(d.Date)}/{d.Slug}.pdf";

    public static void Write(SiteWriter site)
    {
        var origin = HmipSite.Origin;
        site.Text("robots.txt", $"""
            User-agent: *
            Disallow: /wp-admin/
            Allow: /wp-admin/admin-ajax.php
            Disallow: /document/draft-
            # Scaled down from a polite value so the tests run quickly.
            Crawl-delay: 0.1

            Sitemap: {origin}/sitemap_index.xml

            """);
        site.Text("sitemap_index.xml", SiteWriter.SitemapIndex([$"{origin}/document-sitemap.xml", $"{origin}/page-sitemap.xml"]));
        site.Text("document-sitemap.xml", SiteWriter.UrlSet(HmipSite.Documents.Select((d, i) =>
            (i == 1 ? $"http://hmiprobation.justiceinspectorates.gov.uk{DocumentPath(d)}" : origin + DocumentPath(d), (DateOnly?)d.Date))));
        site.Text("page-sitemap.xml", SiteWriter.UrlSet([($"{origin}/", null), ($"{origin}/about-us/", null), ($"{origin}/our-reports/", null)]));
        site.Text("index.html", Page(SiteName, SiteName, Nav() + "<main><h1>HM Inspectorate of Probation</h1><p>We inspect probation and youth offending services.</p></main>"));
        site.Text("about-us/index.html", Page("About us", SiteName, Nav() + "<main><h1>About us</h1><p>HM Inspectorate of Probation is the independent inspector of probation and youth offending services in England and Wales.</p></main>"));
        site.Text("our-reports/index.html", Page("Our reports", SiteName, Nav() + "<main><h1>Our reports</h1><p>Search our reports.</p></main>"));
        for (var i = 0; i < HmipSite.Documents.Count; i++)
        {
            var d = HmipSite.Documents[i];
            site.Text($"document/{d.Slug}/index.html", Page(d.Title, SiteName, Nav() + Body(d, i), $"<meta property=\"og:title\" content=\"{E(d.Title)}\">\n<link rel=\"canonical\" href=\"{origin}{DocumentPath(d)}\">"));
            if (d.Pdf)
            {
                site.Bytes(PdfPath(d).TrimStart('/'), PdfFixture.Build(d));
            }
        }
    }

    private static string Nav() => """
        <header><nav><a href="/">Home</a> <a href="/our-reports/">Our reports</a> <a href="/about-us/">About us</a></nav></header>
        """;

    private static string Body(FixtureDocument d, int index)
    {
        var sections = new[] { "Foreword", "Overall findings", "Recommendations" };
        var perSection = (d.Paragraphs.Count + sections.Length - 1) / sections.Length;
        var body = string.Concat(sections.Select((s, i) =>
            $"<h2 id=\"section-{i + 1}\">{s}</h2>\n{Paragraphs(d.Paragraphs.Skip(i * perSection).Take(perSection))}<p><a href=\"#top\">(Back to top)</a></p>\n"));
        // Links to the PDF vary as they do on the real site: absolute, www., relative.
        var pdfHref = (index % 3) switch
        {
            0 => HmipSite.Origin + PdfPath(d),
            1 => "https://www.hmiprobation.justiceinspectorates.gov.uk" + PdfPath(d),
            _ => PdfPath(d),
        };
        var download = d.Pdf ? $"<aside class=\"downloads\"><h2>Downloads</h2><ul><li><a class=\"download-link\" href=\"{pdfHref}\">{E(d.Title)} (PDF, 1.1 MB)</a></li></ul></aside>" : "";
        return $"""
            <main id="main-content"><article class="document">
            <h1>{E(d.Title)}</h1>
            <p class="document-meta">Published: {Long(d.Date)}</p>
            <nav class="contents"><ul>{string.Concat(sections.Select((s, i) => $"<li><a href=\"#section-{i + 1}\">{s}</a></li>"))}</ul></nav>
            {body}
            {download}
            </article></main>
            <footer><p>Related: <a href="/our-reports/">All reports</a></p></footer>
            """;
    }
}
