using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// Napo (Drupal 7): /news and /napo-hq-blog listings paged <c>?page=N</c> from 0 (asked past the end, Drupal repeats
/// the last page), <c>views-row</c> teasers (the blog's without titles), articles at /news/&lt;slug&gt;,
/// /blogs/&lt;slug&gt; and top-level /&lt;slug&gt;; one teaser links /node/&lt;n&gt; whose canonical link names an
/// alias the feed also lists (one document), another links /node/&lt;m&gt; whose alias nothing lists (kept under the
/// alias); /rss.xml holds the newest five.
/// </summary>
internal static class NapoSite
{
    public const string Name = "napo";
    public const string Origin = "https://www.napo.org.uk";
    public const int PageSize = 3;
    public const int FeedSize = 5;
    private const string GeneralSecretary = "Owen Tranter, General Secretary of Napo";

    public static IReadOnlyList<FixtureDocument> News { get; } =
    [
        new FixtureDocument("union-concerns-after-london-nps-deemed-wholly-unsatisfactory", "Union concerns after London NPS deemed \u201cWholly Unsatisfactory\u201d", new(2019, 5, 22),
            [
                "Napo the Trade Union for Probation staff is deeply concerned that the London National Probation Service has been assessed as \u201cwholly unsatisfactory\u201d by the Chief Inspector for Probation.",
                "Despite the hard working and dedicated staff in probation who have worked tirelessly in an intolerable environment, the report is one of many that has assessed London NPS as failing to meet the required standard.",
                $"{GeneralSecretary} said: \u201cOur members are telling us that their workloads are unmanageable and that this is putting the public at risk.\u201d",
            ]) { Path = "/news/union-concerns-after-london-nps-deemed-wholly-unsatisfactory" },
        new FixtureDocument("napo-responds-to-chief-inspectors-annual-report", "Napo responds to the Chief Inspector\u2019s annual report", new(2019, 3, 21),
            [
                "Napo welcomes the Chief Inspector\u2019s conclusion that the Transforming Rehabilitation model is irredeemably flawed.",
                "We have said for five years that splitting probation and handing two thirds of it to private companies would fail.",
            ]) { Path = "/napo-responds-to-chief-inspectors-annual-report" },
        new FixtureDocument("probation-pay-offer-rejected", "Probation pay offer rejected by members", new(2019, 3, 6),
            [
                "Napo members in the National Probation Service have voted to reject the pay offer made by the employer.",
                "Over 80 per cent of members who took part in the consultative ballot said the offer did not address pay progression.",
            ]) { Path = "/news/probation-pay-offer-rejected" },
        new FixtureDocument("estates-crisis-in-probation-offices", "Estates crisis in probation offices", new(2019, 1, 17),
            [
                "Napo has written to the Ministry of Justice about the state of probation buildings under the facilities management contract.",
                "Members report broken heating, leaking roofs and faulty CCTV in reception areas, and repairs that take months to complete.",
            ]) { Path = "/news/estates-crisis-in-probation-offices" },
        new FixtureDocument("napo-launches-workload-campaign", "Napo launches workload campaign", new(2018, 11, 29),
            [
                "Napo has launched a national campaign on excessive workloads, after a survey found that over half of members work more than their contracted hours every week.",
                "Caseloads of 60 or more are now common in some CRCs, and sickness absence because of stress is rising.",
            ]) { Path = "/news/napo-launches-workload-campaign" },
        new FixtureDocument("single-operating-model-announcement", "Napo reacts to the single operating model announcement", new(2018, 10, 4),
            [
                "Napo has responded to the announcement that offender management in Wales will return to the National Probation Service.",
                "This is a first step, but it does not go far enough: probation must be reunified across England and Wales.",
            ]) { Path = "/news/single-operating-model-announcement" },
        new FixtureDocument("agm-motions-deadline", "AGM motions deadline", new(2018, 9, 12),
            ["Branches are reminded that motions for the AGM must reach Napo HQ by the end of the month."]) { Path = "/news/agm-motions-deadline" },
    ];

    public static IReadOnlyList<FixtureDocument> Blog { get; } =
    [
        new FixtureDocument("general-secretarys-blog-march-2019", "General Secretary\u2019s blog: the case for reunification", new(2019, 3, 28),
            [
                "This week I gave evidence to the Justice Committee on the future of probation.",
                "I told the committee that our members want a unified, publicly owned service, with professional training and manageable workloads.",
            ]) { Path = "/blogs/general-secretarys-blog-march-2019" },
        new FixtureDocument("officers-blog-training-matters", "Officers\u2019 blog: training matters", new(2019, 2, 21),
            [
                "The Professional Qualification in Probation is a good qualification, but new officers need protected caseloads while they learn.",
                "Too many PQiP learners tell us they are holding full caseloads within weeks of qualifying.",
            ]) { Path = "/blogs/officers-blog-training-matters" },
        new FixtureDocument("equality-officers-blog-women-in-probation", "Equality blog: women in probation", new(2019, 1, 31),
            [
                "Women make up the majority of the probation workforce but remain under-represented in senior management.",
                "Napo\u2019s women\u2019s network will be meeting in London to plan our response to the gender pay gap figures.",
            ]) { Path = "/blogs/equality-officers-blog-women-in-probation" },
        new FixtureDocument("officers-blog-it-systems", "Officers\u2019 blog: our IT systems are failing us", new(2018, 12, 13),
            [
                "Members spend hours every week wrestling with case management systems, and the new laptops still cannot connect reliably.",
                "Napo is demanding that HMPPS consult staff before another digital system is rolled out.",
            ]) { Path = "/blogs/officers-blog-it-systems" },
    ];

    /// <summary>The teaser for this news item links /node/n; the feed lists its alias: one document, fetched at the alias.</summary>
    public static FixtureDocument NodeWithListedAlias => News[2];

    /// <summary>The teaser for this blog post links /node/m and nothing lists its alias: kept under the alias.</summary>
    public static FixtureDocument NodeOnly => Blog[3];

    public static IReadOnlyList<FixtureDocument> Documents => [.. News, .. Blog];

    /// <summary>The node path of a document (Drupal's /node/&lt;n&gt;).</summary>
    public static string NodePath(FixtureDocument d) => "/node/" + (1000 + Documents.ToList().IndexOf(d));

    public static void Write(SiteWriter site)
    {
        site.Text("robots.txt", """
            #
            # robots.txt
            #
            # This file is to prevent the crawling and indexing of certain parts
            # of your site by web crawlers and spiders run by sites like Yahoo!
            # and Google.
            #
            User-agent: *
            # Scaled down from Drupal's Crawl-delay: 10 so the tests run quickly.
            Crawl-delay: 0.1
            # Directories
            Disallow: /includes/
            Disallow: /misc/
            Disallow: /modules/
            # Paths (clean URLs)
            Disallow: /admin/
            Disallow: /comment/reply/
            Disallow: /filter/tips/
            Disallow: /node/add/
            Disallow: /search/
            Disallow: /user/register/
            Disallow: /user/password/
            Disallow: /user/login/
            Disallow: /user/logout/
            # Paths (no clean URLs)
            Disallow: /?q=admin/
            Disallow: /?q=comment/reply/

            """);
        var latest = Documents.OrderByDescending(d => d.Date).ToList();
        site.Text("rss.xml", SiteWriter.Rss("Napo", Origin, latest.Take(FeedSize).Select(d => (Origin + d.Path, d))));
        WriteListing(site, "news", "News", News, withTitles: true);
        WriteListing(site, "napo-hq-blog", "Napo HQ Blog", Blog, withTitles: false);
        foreach (var d in Documents)
        {
            var page = Article(d);
            site.Text(d.Path.Trim('/') + "/index.html", page);
            if (d == NodeWithListedAlias || d == NodeOnly)
            {
                site.Text(NodePath(d).Trim('/') + "/index.html", page);
            }
        }
    }

    /// <summary>A Drupal view, paged ?page=N from 0; asked one page past the end, it repeats the last page.</summary>
    private static void WriteListing(SiteWriter site, string folder, string heading, IReadOnlyList<FixtureDocument> documents, bool withTitles)
    {
        var ordered = documents.OrderByDescending(d => d.Date).ToList();
        var pages = (ordered.Count + PageSize - 1) / PageSize;
        for (var page = 0; page <= pages; page++)
        {
            var shown = Math.Min(page, pages - 1);
            var rows = string.Concat(ordered.Skip(shown * PageSize).Take(PageSize).Select((d, i) =>
            {
                var href = d == NodeWithListedAlias || d == NodeOnly ? NodePath(d) : d.Path;
                var title = withTitles ? $"<div class=\"views-field views-field-title\"><span class=\"field-content\"><a href=\"{href}\">{E(d.Title)}</a></span></div>\n" : "";
                return $"""
                    <div class="views-row views-row-{i + 1}{(i % 2 == 0 ? " views-row-odd" : " views-row-even")}">
                    {title}<div class="views-field views-field-body"><div class="field-content">{E(Excerpt(d))}<a href="{href}" class="views-more-link">Read more</a></div></div>
                    <div class="views-field views-field-created"><span class="field-content date">{Napo(d.Date)}</span></div>
                    </div>

                    """;
            }));
            // The news pager has "next ›"; the blog's has only page numbers, so only "a page with nothing new" ends it.
            var numbers = string.Concat(Enumerable.Range(0, pages).Select(n => n == shown
                ? $"<li class=\"pager-current\">{n + 1}</li>"
                : $"<li class=\"pager-item\"><a title=\"Go to page {n + 1}\" href=\"/{folder}{(n == 0 ? "" : $"?page={n}")}\">{n + 1}</a></li>"));
            var pager = withTitles
                ? $"<h2 class=\"element-invisible\">Pages</h2><ul class=\"pager\">{(shown > 0 ? $"<li class=\"pager-previous\"><a href=\"/{folder}{(shown == 1 ? "" : $"?page={shown - 1}")}\">‹ previous</a></li>" : "")}<li class=\"pager-current\">{shown + 1} of {pages}</li>{(shown + 1 < pages ? $"<li class=\"pager-next\"><a href=\"/{folder}?page={shown + 1}\">next ›</a></li>" : "")}</ul>"
                : $"<h2 class=\"element-invisible\">Pages</h2><ul class=\"pager\">{numbers}</ul>";
            site.Text(page == 0 ? $"{folder}/index.html" : $"{folder}/index@page={page}.html", Drupal(heading, $"""
                <div class="view view-{folder} view-id-{folder.Replace('-', '_')} view-display-id-page">
                <div class="view-content">
                {rows}</div>
                <div class="item-list">{pager}</div>
                </div>
                """));
        }
    }

    private static string Article(FixtureDocument d)
    {
        var node = NodePath(d)[6..];
        var body = $"""
            <div id="node-{node}" class="node node-article node-promoted clearfix" about="{d.Path}" typeof="sioc:Item foaf:Document">
            <span property="dc:title" content="{E(d.Title)}" class="rdf-meta element-hidden"></span>
            <div class="field field-name-post-date field-type-ds field-label-hidden"><div class="field-items"><div class="field-item even">{Napo(d.Date)}</div></div></div>
            <div class="content clearfix">
            <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
            {Paragraphs(d.Paragraphs)}
            </div></div></div>
            </div>
            <ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{node}#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li></ul>
            </div>
            """;
        return Drupal(d.Title, body, $"<link rel=\"canonical\" href=\"{d.Path}\" />\n<link rel=\"shortlink\" href=\"/node/{node}\" />");
    }

    /// <summary>A Drupal 7 page: header, EU cookie popup, the content region, and a sidebar of the latest news as views rows.</summary>
    private static string Drupal(string title, string content, string head = "")
    {
        var latest = News.OrderByDescending(d => d.Date).Take(3).Select(d => $"""
            <div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{d.Path}">{E(d.Title)}</a></span></div><div class="views-field views-field-created"><span class="field-content date">{Napo(d.Date)}</span></div></div>
            """);
        return Page(title, "Napo", $"""
            <div id="page-wrapper"><div id="page">
            <div id="header"><div class="section clearfix">
            <a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/napo_logo.png" alt="Home" /></a>
            <div id="site-slogan">The Trade Union, Professional Association and campaigning organisation for Probation and Family Court staff.</div>
            <div id="main-menu" class="navigation"><ul class="links"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/napo-hq-blog">Napo HQ Blog</a></li><li><a href="/user/login">Log in</a></li></ul></div>
            </div></div>
            <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
            <div id="content" class="column"><div class="section">
            <h1 class="title" id="page-title">{E(title)}</h1>
            <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
            {content}
            </div></div></div>
            </div></div>
            <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
            <div id="block-views-latest-news-block" class="block block-views"><h2>Latest news</h2><div class="content"><div class="view view-latest-news"><div class="view-content">
            {string.Concat(latest)}
            </div></div></div></div>
            <div id="block-block-3" class="block block-block"><h2>Join Napo</h2><div class="content"><p>Join Napo today and get the support you need at work.</p></div></div>
            </div></div></div>
            </div></div>
            <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix">Napo, 1 Example Row, London</div></div></div>
            </div></div>
            <div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p></div><div id="popup-buttons"><button type="button" class="agree-button">OK, I agree</button><button type="button" class="find-more-button">No, give me more info</button></div></div></div>
            """, head, "html not-front page-node");
    }
}
