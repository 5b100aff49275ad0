using System.Globalization;
using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// The earlier HMIP site (WordPress, under /hmiprobation/): press releases at /media/press-releases/YYYY/MM/&lt;slug&gt;/
/// from their listing (/page/N/) and the feed (newest only); inspections from /inspections/ unfiltered
/// (<c>div.result.inspection h4 a</c>, <c>?paged=N</c>) and filtered by each <c>probation-inspection-type</c> its filter
/// form offers, with <c>div#inspection-meta</c> and PDFs under /wp-content/uploads/sites/5/YYYY/MM/. Links come with
/// and without <c>www.</c> and over http.
/// </summary>
internal static class HmipLegacySite
{
    public const string Name = "hmip-legacy";
    public const string Origin = "https://www.justiceinspectorates.gov.uk";
    public const string YouthType = "inspection-of-youth-offending-services-2018-onwards";
    public const string ProbationType = "inspection-of-probation-services";
    public const int PageSize = 3;
    public const int FeedSize = 3;
    private const string SiteName = "HM Inspectorate of Probation";
    private const string Chief = "Chief Inspector of Probation, Dame Eleanor Whitcombe";

    public static IReadOnlyList<FixtureDocument> PressReleases { get; } =
    [
        .. new FixtureDocument[]
        {
            new("london-probation-service-makes-progress-in-some-areas-but-more-must-be-done-to-support-victims", "London probation service makes progress in some areas but more must be done to support victims", new(2019, 5, 22),
                [
                    "Victims of sexual and violent crime are being let down by the capital's probation service, according to a new report.",
                    "HM Inspectorate of Probation described work with victims delivered by the London division of the National Probation Service (NPS) as 'wholly unsatisfactory'. In more than a fifth of cases, victims were not offered the Victim Contact Scheme.",
                    $"{Chief}, said: \"We have found work with victims to be good or outstanding in other NPS divisions. London must now learn from them.\"",
                    "The London division had 150 vacancies for probation officers at the time of the inspection.",
                ]),
            new("probation-services-in-cumbria-and-lancashire-rated-good", "Probation services in Cumbria and Lancashire rated Good", new(2019, 3, 6),
                [
                    "The Cumbria and Lancashire Community Rehabilitation Company has been rated Good by HM Inspectorate of Probation.",
                    "Inspectors found a strong focus on desistance and well-run unpaid work, though caseloads of up to 70 cases per officer were too high.",
                    $"{Chief}, said: \"This is a well-led organisation that has kept its focus on the people it supervises despite the pressures of Transforming Rehabilitation.\"",
                ]),
            new("transforming-rehabilitation-model-is-irredeemably-flawed", "Transforming Rehabilitation model is irredeemably flawed, says Chief Inspector", new(2019, 3, 21),
                [
                    "The Chief Inspector of Probation has called for probation to be brought back together, saying the part-privatised model introduced in 2014 is irredeemably flawed.",
                    "Community Rehabilitation Companies were rated Inadequate for the quality of their work with people on probation in most of the areas inspected during the year.",
                ]),
            new("inspectors-find-staff-shortages-in-the-south-west", "Inspectors find serious staff shortages in the South West", new(2018, 11, 8),
                [
                    "Staff shortages are undermining probation work in the South West, inspectors have found.",
                    "The South West division of the NPS had a vacancy rate of 18 per cent, and sickness absence averaged 14 days per member of staff.",
                ]),
            new("court-work-in-wales-is-of-a-high-standard", "Court work in Wales is of a high standard", new(2018, 9, 13),
                [
                    "Advice to courts provided by the Wales division of the National Probation Service is of a high standard, according to a new report.",
                    "Inspectors rated court work in Wales as Outstanding.",
                ]),
            new("youth-offending-service-in-riverford-rated-good", "Youth offending service in Riverford rated Good", new(2019, 6, 27),
                ["The youth offending service in Riverford has been rated Good.", "Inspectors found strong partnership work with schools and children's social care."]),
        }.Select(d => d with { Path = $"/hmiprobation/media/press-releases/{Html.Path(d.Date)}/{d.Slug}/" }),
    ];

    public static IReadOnlyList<FixtureDocument> Inspections { get; } =
    [
        .. new FixtureDocument[]
        {
            new("london-nps", "Quality & Impact inspection: The effectiveness of probation work by the National Probation Service in London", new(2019, 5, 22),
                InspectionText.Report("the London division of the National Probation Service", "Requires improvement", 150, 21, 45, 48, Chief,
                    "The London division faces significant challenges, and staff shortages in some offices have reached critical levels."), Pdf: true),
            new("cumbria-and-lancashire-crc", "An inspection of Cumbria and Lancashire Community Rehabilitation Company", new(2019, 3, 6),
                InspectionText.Report("Cumbria and Lancashire Community Rehabilitation Company", "Good", 12, 9, 62, 66, Chief,
                    "This is one of the better performing Community Rehabilitation Companies we have inspected."), Pdf: true),
            new("durham-tees-valley-crc", "An inspection of Durham Tees Valley Community Rehabilitation Company", new(2019, 2, 14),
                InspectionText.Report("Durham Tees Valley Community Rehabilitation Company", "Good", 9, 7, 55, 71, Chief,
                    "Leaders here have created a culture in which staff feel valued and supported."), Pdf: true),
            new("south-west-nps", "An inspection of the National Probation Service South West division", new(2018, 11, 8),
                InspectionText.Report("the South West division of the National Probation Service", "Requires improvement", 88, 18, 49, 43, Chief,
                    "Too many staff are carrying caseloads beyond what is safe."), Pdf: true),
            new("wales-nps", "An inspection of the National Probation Service Wales division", new(2018, 9, 13),
                InspectionText.Report("the Wales division of the National Probation Service", "Good", 30, 10, 41, 69, Chief,
                    "Work to advise courts in Wales is outstanding, and the division is well led."), Pdf: true),
            new("riverfordyos2019", "An inspection of youth offending services in Riverford", new(2019, 6, 27),
                InspectionText.Report("Riverford youth offending service", "Good", 2, 5, 12, 88, Chief,
                    "Children in Riverford are well served by a service that knows them well."), Pdf: true),
            new("eastmoorjyoi2018", "A joint inspection of youth offending services in Eastmoor", new(2018, 12, 6),
                InspectionText.Report("Eastmoor youth offending service", "Requires improvement", 4, 11, 15, 52, Chief,
                    "The service has the right priorities but needs more staff to act on them.")),
            new("restricted-staff-survey", "Staff survey results (restricted)", new(2019, 1, 10), ["Restricted."], Disallowed: true),
        }.Select(d => d with { Path = $"/hmiprobation/inspections/{d.Slug}/", PdfPath = d.Pdf ? $"/hmiprobation/wp-content/uploads/sites/5/{Html.Path(d.Date)}/{d.Slug}.pdf" : null }),
    ];

    public static IReadOnlyList<FixtureDocument> Documents => [.. PressReleases, .. Inspections];

    public static void Write(SiteWriter site)
    {
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
        var releases = PressReleases.OrderByDescending(d => d.Date).ToList();
        site.Text("hmiprobation/feed/index.xml", SiteWriter.Rss(SiteName, Origin + "/hmiprobation/",
            releases.Take(FeedSize).Select((d, i) => ((i % 2 == 0 ? "http://www.justiceinspectorates.gov.uk" : "https://justiceinspectorates.gov.uk") + d.Path, d))));
        for (var page = 0; page * PageSize < releases.Count; page++)
        {
            var items = releases.Skip(page * PageSize).Take(PageSize).Select((d, i) => $"""
                <article class="post type-post"><h2 class="entry-title"><a href="{(i == 1 ? "http://justiceinspectorates.gov.uk" : Origin)}{d.Path}" rel="bookmark">{E(d.Title)}</a></h2>
                <p class="meta">Published: {LongPadded(d.Date)}</p><p>{E(Excerpt(d))}</p></article>

                """);
            var more = (page + 1) * PageSize < releases.Count;
            var next = more ? $"<a class=\"next page-numbers\" href=\"/hmiprobation/media/press-releases/page/{page + 2}/\">Next &raquo;</a>" : "";
            site.Text(page == 0 ? "hmiprobation/media/press-releases/index.html" : $"hmiprobation/media/press-releases/page/{page + 1}/index.html",
                WordPress("Press releases", SiteName, Nav(), $"<h1>Press releases</h1>\n{string.Concat(items)}<div class=\"pagination\">{next}</div>", Sidebar(), bodyClass: "archive"));
        }

        foreach (var d in releases)
        {
            site.Text(d.Path.Trim('/') + "/index.html", WordPress(d.Title, SiteName, Nav(), $"""
                <article class="post type-post">
                <h1 class="entry-title">{E(d.Title)}</h1>
                <div class="entry-meta"><span class="posted-on">Published: {LongPadded(d.Date)}</span></div>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                </div>
                <div class="share">Share this page: <a href="https://twitter.com/intent/tweet?url={Origin}{d.Path}">Twitter</a></div>
                </article>
                """, Sidebar(), $"<meta property=\"article:published_time\" content=\"{Iso(d.Date)}T09:00:00+00:00\">"));
        }

        var inspections = Inspections.OrderByDescending(d => d.Date).ToList();
        WriteListing(site, null, inspections);
        WriteListing(site, "probation-inspection-type=" + YouthType, inspections.Where(Youth).ToList());
        WriteListing(site, "probation-inspection-type=" + ProbationType, inspections.Where(d => !Youth(d)).ToList());
        foreach (var year in Years)
        {
            WriteListing(site, string.Create(CultureInfo.InvariantCulture, $"year={year}"), inspections.Where(d => d.Date.Year == year).ToList());
        }
        foreach (var d in Inspections)
        {
            var pdf = d.PdfPath is { } path ? $"<p><a href=\"{(d.Slug.Length % 2 == 0 ? "http://justiceinspectorates.gov.uk" : "")}{path}\">Download the full report</a> (PDF, 1.2 MB)</p>" : "";
            site.Text(d.Path.Trim('/') + "/index.html", WordPress(d.Title, SiteName, Nav(), $"""
                <article class="inspection">
                <h1 class="entry-title">{E(d.Title)}</h1>
                <div id="inspection-meta"><dl>
                <dt>Inspection type</dt><dd>{(Youth(d) ? "Youth offending services" : "Probation services")}</dd>
                <dt>Date of publication</dt><dd>{LongPadded(d.Date)}</dd>
                <dt>Local authority</dt><dd>Various</dd>
                </dl></div>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                {pdf}
                </div></article>
                """, Sidebar()));
            if (d.PdfPath is { } pdfPath)
            {
                site.Bytes(pdfPath.TrimStart('/'), PdfFixture.Build(d));
            }
        }
    }

    public static bool Youth(FixtureDocument d) => d.Title.Contains("youth", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<int> Years => Inspections.Select(d => d.Date.Year).Distinct().OrderDescending();

    /// <summary>The inspections listing, unfiltered or filtered (<c>parameter=value</c>), paged with <c>?paged=N</c>, with its filter form.</summary>
    private static void WriteListing(SiteWriter site, string? filter, IReadOnlyList<FixtureDocument> items)
    {
        for (var page = 0; page * PageSize < items.Count; page++)
        {
            var results = string.Concat(items.Skip(page * PageSize).Take(PageSize).Select((d, i) => $"""
                <div class="result inspection">
                <h4><a href="{(i == 2 ? "http://www.justiceinspectorates.gov.uk" : Origin)}{d.Path}">{E(d.Title)}</a></h4>
                <p class="meta">Date of publication: {LongPadded(d.Date)}</p>
                </div>

                """));
            var query = new List<string>();
            if (filter is not null)
            {
                query.Add(filter);
            }

            var next = (page + 1) * PageSize < items.Count
                ? $"<a class=\"next page-numbers\" href=\"/hmiprobation/inspections/?{string.Join("&amp;", query.Append(string.Create(CultureInfo.InvariantCulture, $"paged={page + 2}")))}\">Next</a>"
                : "";
            if (page > 0)
            {
                query.Add(string.Create(CultureInfo.InvariantCulture, $"paged={page + 1}"));
            }

            var name = query.Count == 0 ? "index.html" : "index@" + string.Join('&', query.Order(StringComparer.Ordinal)) + ".html";
            site.Text("hmiprobation/inspections/" + name, WordPress("Inspections", SiteName, Nav(), $"""
                <h1>Inspections</h1>
                {FilterForm(filter ?? "")}
                <div class="results">
                {results}</div>
                <div class="pagination">{next}</div>
                """, Sidebar(), bodyClass: "page-template-inspections"));
        }
    }

    private static string FilterForm(string filter) => $"""
        <form class="inspection-filter" method="get" action="/hmiprobation/inspections/">
        <label for="probation-inspection-type">Inspection type</label>
        <select name="probation-inspection-type" id="probation-inspection-type">
        <option value="">All inspection types</option>
        <option value="{YouthType}"{(filter.EndsWith(YouthType, StringComparison.Ordinal) ? " selected" : "")}>Youth offending services (2018 onwards)</option>
        <option value="{ProbationType}"{(filter.EndsWith(ProbationType, StringComparison.Ordinal) ? " selected" : "")}>Probation services</option>
        </select>
        <label for="year">Year</label>
        <select name="year" id="year"><option value="">All years</option>{string.Concat(Years.Select(y => $"<option value=\"{y}\">{y}</option>"))}</select>
        <button type="submit">Filter</button>
        </form>
        """;

    private static string Nav() => """
        <ul class="menu"><li><a href="/hmiprobation/">Home</a></li><li><a href="/hmiprobation/inspections/">Inspections</a></li><li><a href="/hmiprobation/media/press-releases/">Press releases</a></li></ul>
        """;

    private static string Sidebar() =>
        Teasers("Latest press releases", PressReleases.OrderByDescending(d => d.Date).Take(2).Select(d => ("http://justiceinspectorates.gov.uk" + d.Path, d)))
        + "<section class=\"widget\"><h2 class=\"widget-title\">Follow us</h2><p><a href=\"https://twitter.com/hmiprobation\">@hmiprobation</a></p></section>";
}
