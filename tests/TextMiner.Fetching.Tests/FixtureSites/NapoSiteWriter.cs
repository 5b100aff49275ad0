using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

internal static class NapoSiteWriter
{
    public const int PageSize = 3;
    private const string SiteName = "Napo";

    public static string NewsPath(FixtureDocument d) => $"/news/{d.Slug}";

    public static string BlogPath(FixtureDocument d) => $"/napo-hq-blog/{d.Slug}";

    public static void Write(SiteWriter site)
    {
        site.Text("robots.txt", """
            #
            # robots.txt
            #
            User-agent: *
            # Scaled down from Drupal's Crawl-delay: 10 so the tests run quickly.
            Crawl-delay: 0.1
            Disallow: /admin/
            Disallow: /comment/reply/
            Disallow: /node/add/
            Disallow: /search/
            Disallow: /user/
            Disallow: /?q=admin/

            """);
        WriteSection(site, "news", "News", NapoSite.News, NewsPath);
        WriteSection(site, "napo-hq-blog", "Napo HQ Blog", NapoSite.Blog, BlogPath);
    }

    private static void WriteSection(SiteWriter site, string folder, string heading, IReadOnlyList<FixtureDocument> documents, Func<FixtureDocument, string> path)
    {
        var ordered = documents.OrderByDescending(d => d.Date).ToList();
        for (var page = 0; page * PageSize < ordered.Count; page++)
        {
            var teasers = string.Concat(ordered.Skip(page * PageSize).Take(PageSize).Select(d => $"""
                <div class="views-row">
                <h2 class="node-title"><a href="{path(d)}">{E(d.Title)}</a></h2>
                <div class="field-date"><span class="date-display-single">{Napo(d.Date)}</span></div>
                <div class="field-body"><p>{E(d.Paragraphs[0])}</p></div>
                <a href="{path(d)}" class="read-more">Read more</a>
                </div>

                """));
            var more = (page + 1) * PageSize < ordered.Count;
            var pager = $"<ul class=\"pager\">{(page > 0 ? $"<li class=\"pager-previous\"><a href=\"/{folder}{(page == 1 ? "" : $"?page={page - 1}")}\">‹ previous</a></li>" : "")}{(more ? $"<li class=\"pager-next\"><a href=\"/{folder}?page={page + 1}\">next ›</a></li>" : "")}</ul>";
            site.Text(page == 0 ? $"{folder}/index.html" : $"{folder}/index@page={page}.html",
                Page(heading, SiteName, Nav() + $"<div id=\"main\"><h1 class=\"page-title\">{heading}</h1>\n<div class=\"view-content\">\n{teasers}</div>\n{pager}</div>"));
        }

        foreach (var d in ordered)
        {
            site.Text(path(d).Trim('/') + "/index.html", Page(d.Title, SiteName, Nav() + $"""
                <div id="main"><h1 class="page-title">{E(d.Title)}</h1>
                <div class="field-date"><span class="date-display-single">{Napo(d.Date)}</span></div>
                <div class="share">Share this</div>
                <div class="field-body">
                {Paragraphs(d.Paragraphs)}
                </div></div>
                """));
        }
    }

    private static string Nav() => """
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/napo-hq-blog">Napo HQ Blog</a> <a href="/user/login">Log in</a></nav></header>
        """;
}
