using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// The current HMIP site (WordPress): reports at /document/&lt;slug&gt; (some with a PDF), news at /news/&lt;slug&gt;,
/// a Yoast-style sitemap index at /sitemap.xml (named in robots.txt, with an XSL processing instruction) and a news
/// listing paged /news/page/N/. One news item is missing from the news sitemap: only the listing finds it.
/// </summary>
internal static class HmipSite
{
    public const string Name = "hmip";
    public const string Origin = "https://hmiprobation.justiceinspectorates.gov.uk";
    public const int PageSize = 3;
    private const string SiteName = "HM Inspectorate of Probation";
    private const string Chief = "Chief Inspector of Probation Gareth Pellow";

    public static IReadOnlyList<FixtureDocument> Reports { get; } = Paths(
    [
        new("an-inspection-of-probation-services-in-the-north-west-region", "An inspection of probation services in: North West region", new(2023, 5, 11),
            InspectionText.Report("the North West region", "Requires improvement", 212, 24, 58, 37, Chief,
                "Staff across the region are working hard in difficult circumstances, but there are simply not enough of them to deliver a safe service."), Pdf: true),
        new("an-inspection-of-probation-services-in-lambeth-pdu", "An inspection of probation services in: Lambeth PDU", new(2023, 8, 3),
            InspectionText.Report("Lambeth probation delivery unit", "Inadequate", 41, 38, 71, 22, Chief,
                "Lambeth is one of the most challenging places in the country to deliver probation services and the vacancy rate has left practitioners overwhelmed.")),
        new("an-inspection-of-probation-services-in-durham-pdu", "An inspection of probation services in: Durham PDU", new(2024, 1, 25),
            InspectionText.Report("Durham probation delivery unit", "Good", 6, 8, 39, 81, Chief,
                "Durham shows what can be achieved when a probation delivery unit is properly staffed and well led."), Pdf: true),
        new("a-thematic-inspection-of-work-with-victims", "A thematic inspection of probation work with victims of crime", new(2023, 2, 16),
            InspectionText.Thematic("the Victim Contact Scheme and the work of victim liaison officers", 120,
                "Victims told us that contact was too often late or did not happen at all. In 40 per cent of eligible cases, the victim had not been offered the Victim Contact Scheme within the required time.",
                Chief, "Victims have a right to be kept informed and their safety must be at the heart of probation work, yet too many are being let down."), Pdf: true),
        new("annual-report-2024", "HM Inspectorate of Probation annual report 2024", new(2024, 11, 14),
            [
                "Our annual report draws on the findings of all of the inspections we published during the year.",
                "Of the 31 probation delivery units we inspected, two were rated Good, 18 were rated Requires improvement and 11 were rated Inadequate. The Probation Service has around 1,800 vacancies for probation officers.",
                $"{Chief} said: \"The Probation Service is under immense pressure and until staffing improves, the quality of work will not.\"",
            ]),
        new("unpaid-work-thematic", "A thematic inspection of unpaid work", new(2025, 2, 27),
            InspectionText.Thematic("the delivery of unpaid work requirements since unification of the Probation Service", 96,
                "A backlog of unpaid work hours remained, and people on probation were too often sent home from work parties because there were not enough supervisors.",
                Chief, "Unpaid work should be a visible payback to communities, but it is not being delivered consistently."), Pdf: true),
        new("draft-inspection-of-probation-services-in-kent", "Draft: inspection of probation services in Kent", new(2025, 4, 1),
            ["This draft is not for publication."], Disallowed: true),
    ], d => $"/document/{d.Slug}", d => $"/wp-content/uploads/sites/5/{Html.Path(d.Date)}/{d.Slug}.pdf");

    public static IReadOnlyList<FixtureDocument> News { get; } = Paths(
    [
        new("inspectors-call-for-urgent-action-on-staffing", "Inspectors call for urgent action on probation staffing", new(2025, 3, 20),
            ["Inspectors have called for urgent action on staffing after finding vacancy rates above 30 per cent in several probation delivery units.", $"{Chief} said: \"Without enough practitioners, public protection work will continue to suffer.\""]),
        new("unpaid-work-report-published", "Unpaid work report published", new(2025, 2, 27),
            ["Our thematic inspection of unpaid work is published today.", "Inspectors found a backlog of hours and too few supervisors to run work parties."]),
        new("durham-pdu-rated-good", "Durham probation delivery unit rated Good", new(2024, 1, 25),
            ["The probation delivery unit in Durham has been rated Good.", "Inspectors praised strong leadership and manageable caseloads."]),
        new("new-chief-inspector-appointed", "New Chief Inspector of Probation takes up post", new(2023, 11, 6),
            ["A new Chief Inspector of Probation has taken up post and set out priorities for the year ahead."]),
        new("lambeth-pdu-rated-inadequate", "Lambeth probation delivery unit rated Inadequate", new(2023, 8, 3),
            ["The probation delivery unit in Lambeth has been rated Inadequate.", "Inspectors found that practitioners held caseloads of more than 70 cases."]),
        new("victims-let-down-by-probation-contact", "Victims let down by probation contact, inspectors find", new(2023, 2, 16),
            ["Victims of serious crime are not being kept informed as they should be, inspectors have found."]),
        new("consultation-on-inspection-framework", "Consultation on our inspection framework opens", new(2022, 10, 3),
            ["We are consulting on changes to our inspection framework for probation services."]),
    ], d => $"/news/{d.Slug}", _ => "");

    /// <summary>The news item the news sitemap leaves out.</summary>
    public static FixtureDocument NotInSitemap => News[3];

    public static IReadOnlyList<FixtureDocument> Documents => [.. Reports, .. News];

    public static void Write(SiteWriter site)
    {
        site.Text("robots.txt", $"""
            User-agent: *
            Disallow: /wp-admin/
            Allow: /wp-admin/admin-ajax.php
            Disallow: /document/draft-
            # Scaled down from a polite value so the tests run quickly.
            Crawl-delay: 0.1

            Sitemap: {Origin}/sitemap.xml

            """);
        site.Text("sitemap.xml", SiteWriter.SitemapIndex([$"{Origin}/document-sitemap.xml", $"{Origin}/news-sitemap.xml", $"{Origin}/page-sitemap.xml"], $"{Origin}/main-sitemap.xsl"));
        site.Text("document-sitemap.xml", SiteWriter.UrlSet(Reports.Select((d, i) =>
            (i == 1 ? "http://hmiprobation.justiceinspectorates.gov.uk" + d.Path : Origin + d.Path, (DateOnly?)d.Date)), $"{Origin}/main-sitemap.xsl"));
        site.Text("news-sitemap.xml", SiteWriter.UrlSet(News.Where(d => d != NotInSitemap).Select(d => (Origin + d.Path + "/", (DateOnly?)d.Date)), $"{Origin}/main-sitemap.xsl"));
        site.Text("page-sitemap.xml", SiteWriter.UrlSet([($"{Origin}/", null), ($"{Origin}/about-us/", null), ($"{Origin}/our-reports/", null)]));
        site.Text("index.html", WordPress(SiteName, SiteName, Nav(), "<h1>HM Inspectorate of Probation</h1><p>We inspect probation and youth justice services.</p>", Sidebar()));
        site.Text("about-us/index.html", WordPress("About us", SiteName, Nav(), "<h1>About us</h1><p>We are the independent inspector of probation and youth justice services.</p>", Sidebar()));
        var news = News.OrderByDescending(d => d.Date).ToList();
        for (var page = 0; page * PageSize < news.Count; page++)
        {
            var items = news.Skip(page * PageSize).Take(PageSize).Select(d => $"""
                <article class="post type-post"><h2 class="entry-title"><a href="{Origin}{d.Path}" rel="bookmark">{E(d.Title)}</a></h2>
                <p class="published">Published: <span>{LongPadded(d.Date)}</span></p><p>{E(Excerpt(d))}</p><a class="more-link" href="{d.Path}">Read more</a></article>

                """);
            var more = (page + 1) * PageSize < news.Count;
            var pager = $"<nav class=\"navigation pagination\"><div class=\"nav-links\">{(page > 0 ? $"<a class=\"prev page-numbers\" href=\"/news/{(page == 1 ? "" : $"page/{page}/")}\">Previous</a>" : "")}{(more ? $"<a class=\"next page-numbers\" href=\"/news/page/{page + 2}/\">Next</a>" : "")}</div></nav>";
            site.Text(page == 0 ? "news/index.html" : $"news/page/{page + 1}/index.html",
                WordPress("News", SiteName, Nav(), $"<h1 class=\"page-title\">News and press releases</h1>\n{string.Concat(items)}{pager}", Sidebar(), bodyClass: "archive"));
        }

        foreach (var d in Documents)
        {
            site.Text(d.Path.Trim('/') + "/index.html", WordPress(d.Title, SiteName, Nav(), Body(d), Sidebar(d),
                $"<meta property=\"og:title\" content=\"{E(d.Title)}\">\n<link rel=\"canonical\" href=\"{Origin}{d.Path}\">"));
            if (d.PdfPath is { } pdf)
            {
                site.Bytes(pdf.TrimStart('/'), PdfFixture.Build(d));
            }
        }
    }

    private static IReadOnlyList<FixtureDocument> Paths(IReadOnlyList<FixtureDocument> documents, Func<FixtureDocument, string> path, Func<FixtureDocument, string> pdf) =>
        documents.Select(d => d with { Path = path(d), PdfPath = d.Pdf ? pdf(d) : null }).ToList();

    private static string Nav() => """
        <ul class="menu"><li><a href="/">Home</a></li><li><a href="/our-reports/">Our reports</a></li><li><a href="/news/">News</a></li><li><a href="/about-us/">About us</a></li></ul>
        """;

    /// <summary>The sidebar: the latest reports and news as teasers, never the page's own content.</summary>
    private static string Sidebar(FixtureDocument? current = null) =>
        Teasers("Latest reports", Reports.Where(r => r != current && !r.Disallowed).OrderByDescending(r => r.Date).Take(3).Select(r => (r.Path, r)))
        + Teasers("Latest news", News.Where(n => n != current).OrderByDescending(n => n.Date).Take(2).Select(n => (Origin + n.Path, n)));

    private static string Body(FixtureDocument d)
    {
        var sections = new[] { "Foreword", "Overall findings", "Recommendations" };
        var perSection = (d.Paragraphs.Count + sections.Length - 1) / sections.Length;
        var body = string.Concat(sections.Select((s, i) => d.Paragraphs.Count <= i * perSection ? "" :
            $"<h2 id=\"section-{i + 1}\">{s} <a href=\"#top\">(Back to top)</a></h2>\n{Paragraphs(d.Paragraphs.Skip(i * perSection).Take(perSection))}"));
        // Links to the PDF vary as they do on the real site: absolute, www., relative.
        var pdfHref = (d.Slug.Length % 3) switch
        {
            0 => Origin + d.PdfPath,
            1 => "https://www.hmiprobation.justiceinspectorates.gov.uk" + d.PdfPath,
            _ => d.PdfPath,
        };
        // Reports carry the date inside the "Published:" line; news pages put it in the element after the label's.
        var published = d.Path.StartsWith("/news/", StringComparison.Ordinal)
            ? $"<div class=\"meta\"><p class=\"label\"><strong>Published:</strong></p><p>{LongPadded(d.Date)}</p></div>"
            : $"<p class=\"document-meta\"><span class=\"label\">Published:</span> <span class=\"date\">{LongPadded(d.Date)}</span></p>";
        var download = d.PdfPath is null ? "" : $"<div class=\"downloads\"><h2>Downloads</h2><ul><li><a class=\"download-link\" href=\"{pdfHref}\">{E(d.Title)} (PDF, 1.1 MB)</a></li></ul></div>";
        return $"""
            <article class="document type-document">
            <header class="entry-header"><h1 class="entry-title">{E(d.Title)}</h1>
            {published}</header>
            <div class="entry-content">
            {body}
            {download}
            </div>
            <footer class="entry-footer"><a href="/our-reports/">All reports</a> <a href="/document/{d.Slug}#respond">Leave feedback</a></footer>
            </article>
            """;
    }
}
