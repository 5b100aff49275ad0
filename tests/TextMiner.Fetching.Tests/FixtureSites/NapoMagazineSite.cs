using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// Napo Magazine (WordPress): posts at /&lt;slug&gt;/; the core sitemap /wp-sitemap.xml (an index with an XSL
/// processing instruction) → posts, pages, categories and users sitemaps; /feed/ with the newest ten; the front page and
/// category listings paged /page/N/. One post is in no sitemap (only the listings find it).
/// </summary>
internal static class NapoMagazineSite
{
    public const string Name = "napo-magazine";
    public const string Origin = "https://napomagazine.org.uk";
    public const int FeedSize = 10;
    public const int PageSize = 5;
    private const string Chair = "Napo Chair Ruth Ashdown";

    private static readonly (string Slug, string Title, int Month, int Day, string Category, string First, string Second)[] Table =
    [
        ("napo-chair-speaks-to-london-assembly", "Napo Chair speaks to London Assembly about probation services", 6, 12, "news",
            $"{Chair} was invited to speak to the London Assembly Police and Crime committee about probation services in London.",
            "She told the committee: \"Staff in London are carrying caseloads that are simply not safe, and the vacancy rate in some boroughs is over 30 per cent.\""),
        ("what-the-inspectorate-said-about-london", "What the Inspectorate said about London", 5, 29, "comment",
            "The inspection report on the London NPS makes grim reading for anyone who cares about victims.",
            "The Chief Inspector found that victim liaison work was wholly unsatisfactory, and that one in five victims was never offered contact."),
        ("family-court-section-update", "Family Court section update", 5, 2, "news",
            "Cafcass members have raised concerns about caseloads and the new performance framework.",
            "The section committee will meet Cafcass senior managers next month to discuss workload measurement."),
        ("agm-2019-motions", "AGM 2019: motions deadline approaching", 4, 18, "news",
            "Branches are reminded that motions for this year\u2019s AGM must be submitted by the end of May.",
            "Motions on pay, workloads and the future of probation are expected to dominate the agenda."),
        ("reunification-what-happens-next", "Reunification: what happens next?", 3, 27, "comment",
            "The Ministry of Justice has announced that offender management will return to the National Probation Service.",
            "Napo will be seeking guarantees on terms and conditions, pensions and continuity of employment for CRC staff."),
        ("probation-officers-describe-stress-and-burnout", "Probation officers describe stress and burnout", 2, 28, "news",
            "Members responding to our survey described long hours, stress and burnout.",
            "One probation officer said: \"I go home every night worried that I have missed something important in one of my cases.\""),
        ("approved-premises-staffing", "Approved premises staffing under strain", 1, 24, "news",
            "Staff in approved premises report that night shifts are regularly covered by a single member of staff.",
            "Napo has raised the safety of staff and residents with HMPPS."),
        ("oral-reports-quality-vs-quantity", "Oral reports: quality versus quantity", 1, 10, "comment",
            "The delivery of reports to court has changed a great deal in recent years.",
            "Practitioners told us that short-format reports leave too little time to assess risk properly."),
        ("knife-crime-and-young-people", "How we should respond to knife crime", 1, 3, "comment",
            "Recent deaths of teenagers have raised concerns about violence affecting young people.",
            "Youth justice workers say early intervention works, but services have been cut."),
        ("trainee-probation-officers-speak-out", "Trainee probation officers speak out", 12, 22, "news",
            "PQiP learners told Napo Magazine about the pressure of holding large caseloads while studying.",
            "Many said that they had not received the protected learning time they were promised."),
        ("christmas-message-from-the-chair", "A Christmas message from the Chair", 12, 20, "news",
            "It has been a difficult year for probation, but Napo members have shown remarkable commitment.",
            "Thank you for everything you do for the people you supervise."),
        ("austerity-and-women-in-the-justice-system", "Austerity and women in the justice system", 11, 29, "comment",
            "Cuts to social security have pushed more women into contact with the criminal justice system.",
            "Women's centres report rising demand and falling funding."),
        ("ulr-of-the-year", "Union learning rep of the year", 11, 15, "news",
            "Our union learning rep of the year has helped dozens of members gain qualifications.",
            "Nominations for next year's award open in the spring."),
        ("letter-from-the-editor", "A letter from the editor", 11, 1, "comment",
            "Welcome to the new look Napo Magazine, now published online.",
            "We want to hear from members: send us your stories and comment pieces."),
    ];

    public static IReadOnlyList<FixtureDocument> Posts { get; } = Table
        .Select(t => new FixtureDocument(t.Slug, t.Title, new DateOnly(t.Month >= 11 ? 2018 : 2019, t.Month, t.Day), [t.First, t.Second]) { Path = $"/{t.Slug}/" })
        .ToList();

    public static IReadOnlyList<FixtureDocument> Documents => Posts;

    /// <summary>The post the posts sitemap leaves out.</summary>
    public static FixtureDocument NotInSitemap => Posts[12];

    public static string CategoryOf(FixtureDocument d) => Table.Single(t => t.Slug == d.Slug).Category;

    public static void Write(SiteWriter site)
    {
        site.Text("robots.txt", $"""
            User-agent: *
            Disallow: /wp-admin/
            Allow: /wp-admin/admin-ajax.php
            # Scaled down so the tests run quickly.
            Crawl-delay: 0.1

            Sitemap: {Origin}/wp-sitemap.xml

            """);
        var posts = Posts.OrderByDescending(d => d.Date).ToList();
        var xsl = $"{Origin}/wp-sitemap-index.xsl";
        site.Text("wp-sitemap.xml", SiteWriter.SitemapIndex(
            [$"{Origin}/wp-sitemap-posts-post-1.xml", $"{Origin}/wp-sitemap-posts-page-1.xml", $"{Origin}/wp-sitemap-taxonomies-category-1.xml", $"{Origin}/wp-sitemap-users-1.xml"], xsl));
        site.Text("wp-sitemap-posts-post-1.xml", SiteWriter.UrlSet(posts.Where(d => d != NotInSitemap).Select(d => (Origin + d.Path, (DateOnly?)d.Date)), $"{Origin}/wp-sitemap.xsl"));
        site.Text("wp-sitemap-posts-page-1.xml", SiteWriter.UrlSet([($"{Origin}/about/", null), ($"{Origin}/contact/", null)], $"{Origin}/wp-sitemap.xsl"));
        site.Text("wp-sitemap-taxonomies-category-1.xml", SiteWriter.UrlSet([($"{Origin}/category/news/", null), ($"{Origin}/category/comment/", null)], $"{Origin}/wp-sitemap.xsl"));
        site.Text("wp-sitemap-users-1.xml", SiteWriter.UrlSet([($"{Origin}/author/editor/", null)], $"{Origin}/wp-sitemap.xsl"));
        site.Text("feed/index.xml", SiteWriter.Rss("Napo Magazine", Origin, posts.Take(FeedSize).Select((d, i) => ((i == 1 ? "http://www.napomagazine.org.uk" : Origin) + d.Path, d))));
        WriteListing(site, "", "Napo Magazine", posts);
        foreach (var category in new[] { "news", "comment" })
        {
            WriteListing(site, $"category/{category}/", category == "news" ? "News" : "Comment", posts.Where(d => CategoryOf(d) == category).ToList());
        }

        site.Text("about/index.html", WordPress("About", "Napo Magazine", Nav(), "<article class=\"page\"><h1 class=\"entry-title\">About Napo Magazine</h1><p>News and comment for Napo members.</p></article>", Sidebar(null)));
        site.Text("contact/index.html", WordPress("Contact", "Napo Magazine", Nav(), "<article class=\"page\"><h1 class=\"entry-title\">Contact</h1><p>Write to the editor.</p></article>", Sidebar(null)));
        foreach (var d in posts)
        {
            site.Text(d.Path.Trim('/') + "/index.html", WordPress(d.Title, "Napo Magazine", Nav(), $"""
                <article id="post-{Posts.ToList().IndexOf(d) + 100}" class="post type-post status-publish format-standard hentry category-{CategoryOf(d)}">
                <header class="entry-header"><h1 class="entry-title">{E(d.Title)}</h1>
                <div class="entry-meta"><span class="posted-on">Posted on <a href="{d.Path}" rel="bookmark"><time class="entry-date published" datetime="{Iso(d.Date)}T09:00:00+00:00">{Long(d.Date)}</time></a></span> <span class="byline">by <a href="/author/editor/">editor</a></span></div></header>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                </div>
                <footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{CategoryOf(d)}/" rel="category tag">{CategoryOf(d)}</a></span> <span class="comments-link"><a href="{d.Path}#respond">Leave a comment</a></span></footer>
                </article>
                <nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2></nav>
                <div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p>You must be logged in to post a comment.</p></div></div>
                """, Sidebar(d), $"<meta property=\"og:title\" content=\"{E(d.Title)}\">\n<link rel=\"canonical\" href=\"{Origin}{d.Path}\">"));
        }
    }

    /// <summary>A WordPress archive paged /page/N/ (past the last page: 404).</summary>
    private static void WriteListing(SiteWriter site, string path, string heading, IReadOnlyList<FixtureDocument> posts)
    {
        for (var page = 0; page * PageSize < posts.Count; page++)
        {
            var articles = string.Concat(posts.Skip(page * PageSize).Take(PageSize).Select(d => $"""
                <article class="post type-post hentry category-{CategoryOf(d)}"><header class="entry-header"><h2 class="entry-title"><a href="{Origin}{d.Path}" rel="bookmark">{E(d.Title)}</a></h2>
                <div class="entry-meta"><time class="entry-date published" datetime="{Iso(d.Date)}T09:00:00+00:00">{Long(d.Date)}</time></div></header>
                <div class="entry-summary"><p>{E(Excerpt(d))}</p></div><a href="{d.Path}#respond">Leave a comment</a></article>

                """));
            var more = (page + 1) * PageSize < posts.Count;
            var next = more ? $"<div class=\"nav-previous\"><a href=\"/{path}page/{page + 2}/\">Older posts</a></div>" : "";
            site.Text((page == 0 ? path : $"{path}page/{page + 1}/") + "index.html",
                WordPress(heading, "Napo Magazine", Nav(), $"<header class=\"page-header\"><h1 class=\"page-title\">{E(heading)}</h1></header>\n{articles}<nav class=\"navigation posts-navigation\">{next}</nav>", Sidebar(null), bodyClass: "archive"));
        }
    }

    private static string Nav() => """
        <ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/comment/">Comment</a></li><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul>
        """;

    private static string Sidebar(FixtureDocument? current) =>
        Teasers("Recent Posts", Posts.Where(p => p != current).OrderByDescending(p => p.Date).Take(4).Select(p => (p.Path, p)))
        + "<section class=\"widget widget_categories\"><h2 class=\"widget-title\">Categories</h2><ul><li class=\"cat-item\"><a href=\"/category/comment/\">Comment</a></li><li class=\"cat-item\"><a href=\"/category/news/\">News</a></li></ul></section>";
}
