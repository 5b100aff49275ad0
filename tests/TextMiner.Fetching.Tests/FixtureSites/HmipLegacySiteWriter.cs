using System.Globalization;
using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

internal static class HmipLegacySiteWriter
{
    public const int PageSize = 3;
    private const string SiteName = "HM Inspectorate of Probation";

    public static string PressReleasePath(FixtureDocument d) => $"/hmiprobation/media/press-releases/{Html.Path(d.Date)}/{d.Slug}/";

    public static string InspectionPath(FixtureDocument d) => $"/hmiprobation/inspections/{d.Slug}/";

    public static string PdfPath(FixtureDocument d) => $"/hmiprobation/wp-content/uploads/sites/5/{Html.Path(d.Date)}/{d.Slug}.pdf";

    public static void Write(SiteWriter site)
    {
        var origin = HmipLegacySite.Origin;
        site.Text("robots.txt", """
            User-agent: *
            Disallow: /hmiprobation/wp-admin/
            Disallow: /hmiprobation/media/
            Crawl-delay: 5

            # The research crawler may read press releases, more slowly than a browser (scaled down for the tests).
            User-agent: TextMiner
            Disallow: /hmiprobation/wp-admin/
            Disallow: /hmiprobation/inspections/restricted-
            Crawl-delay: 0.1

            """);
        var releases = HmipLegacySite.PressReleases.OrderByDescending(d => d.Date).ToList();
        for (var page = 0; page * PageSize < releases.Count; page++)
        {
            var items = releases.Skip(page * PageSize).Take(PageSize).Select(d => ((page == 0 ? "http://" : "https://") + "www.justiceinspectorates.gov.uk" + PressReleasePath(d), d));
            site.Text(page == 0 ? "hmiprobation/feed/index.xml" : $"hmiprobation/feed/index@paged={page + 1}.xml", SiteWriter.Rss(SiteName, origin + "/hmiprobation/", items));
        }

        foreach (var d in releases)
        {
            site.Text(PressReleasePath(d).Trim('/') + "/index.html", Page(d.Title, SiteName, Nav() + $"""
                <div id="content"><article class="post type-post">
                <h1 class="entry-title">{E(d.Title)}</h1>
                <div class="entry-meta"><span class="posted-on">Published {Long(d.Date)}</span></div>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                </div></article></div>
                """, $"<meta property=\"article:published_time\" content=\"{Iso(d.Date)}T09:00:00+00:00\">"));
        }

        foreach (var year in HmipLegacySite.Inspections.GroupBy(d => d.Date.Year))
        {
            var inYear = year.OrderByDescending(d => d.Date).ToList();
            for (var page = 0; page * PageSize < inYear.Count; page++)
            {
                var query = string.Join('&', new[] { HmipLegacySite.ListingType, $"year={year.Key}" }
                    .Concat(page == 0 ? [] : [string.Create(CultureInfo.InvariantCulture, $"paged={page + 1}")]).Order(StringComparer.Ordinal));
                site.Text($"hmiprobation/inspections/index@{query}.html", Listing(year.Key, page, inYear.Skip(page * PageSize).Take(PageSize), (page + 1) * PageSize < inYear.Count));
            }
        }

        foreach (var d in HmipLegacySite.Inspections)
        {
            var pdf = d.Pdf ? $"<p><a href=\"{PdfPath(d)}\">Download the full report</a></p>" : "";
            site.Text(InspectionPath(d).Trim('/') + "/index.html", Page(d.Title, SiteName, Nav() + $"""
                <div id="content"><article class="inspection">
                <h1 class="entry-title">{E(d.Title)}</h1>
                <div id="inspection-meta"><dl>
                <dt>Inspection type</dt><dd>Adult</dd>
                <dt>Date of publication</dt><dd>{Long(d.Date)}</dd>
                <dt>Local authority</dt><dd>Various</dd>
                </dl></div>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                {pdf}
                </div></article></div>
                """));
            if (d.Pdf)
            {
                site.Bytes(PdfPath(d).TrimStart('/'), PdfFixture.Build(d));
            }
        }
    }

    private static string Listing(int year, int page, IEnumerable<FixtureDocument> items, bool more)
    {
        var results = string.Concat(items.Select(d => $"""
            <div class="result inspection">
            <h4><a href="{HmipLegacySite.Origin}{InspectionPath(d)}">{E(d.Title)}</a></h4>
            <p class="meta">Published: {Long(d.Date)}</p>
            </div>

            """));
        var next = more ? $"<a class=\"next page-numbers\" href=\"/hmiprobation/inspections/?{HmipLegacySite.ListingType}&amp;paged={page + 2}&amp;year={year}\">Next</a>" : "";
        return Page("Inspections", SiteName, Nav() + $"<div id=\"content\"><h1>Inspections {year}</h1>\n<div class=\"results\">{results}</div>\n<div class=\"pagination\">{next}</div></div>");
    }

    private static string Nav() => """
        <header><nav><a href="/hmiprobation/">Home</a> <a href="/hmiprobation/inspections/">Inspections</a> <a href="/hmiprobation/media/press-releases/">Press releases</a></nav></header>
        """;
}
