using System.Globalization;
using static TextMiner.Fetching.Tests.FixtureSites.Html;

namespace TextMiner.Fetching.Tests.FixtureSites;

internal static class NapoMagazineSiteWriter
{
    private const string SiteName = "Napo Magazine";

    public static string PostPath(FixtureDocument d) => $"/{d.Date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)}/{d.Slug}/";

    public static void Write(SiteWriter site)
    {
        var origin = NapoMagazineSite.Origin;
        site.Text("robots.txt", $"""
            User-agent: *
            Disallow: /wp-admin/
            Allow: /wp-admin/admin-ajax.php
            # Scaled down so the tests run quickly.
            Crawl-delay: 0.1

            Sitemap: {origin}/wp-sitemap.xml

            """);
        var posts = NapoMagazineSite.Posts.OrderByDescending(d => d.Date).ToList();
        site.Text("wp-sitemap.xml", SiteWriter.SitemapIndex([$"{origin}/wp-sitemap-posts-post-1.xml", $"{origin}/wp-sitemap-posts-page-1.xml"]));
        site.Text("wp-sitemap-posts-post-1.xml", SiteWriter.UrlSet(posts.Select(d => (origin + PostPath(d), (DateOnly?)d.Date))));
        site.Text("wp-sitemap-posts-page-1.xml", SiteWriter.UrlSet([($"{origin}/about/", null), ($"{origin}/contact/", null)]));
        site.Text("feed/index.xml", SiteWriter.Rss(SiteName, origin, posts.Take(NapoMagazineSite.FeedSize).Select((d, i) =>
            ((i == 1 ? "http://www.napomagazine.org.uk" : origin) + PostPath(d), d))));
        site.Text("about/index.html", Page("About", SiteName, "<main><h1>About Napo Magazine</h1><p>News for Napo members.</p></main>"));
        site.Text("contact/index.html", Page("Contact", SiteName, "<main><h1>Contact</h1><p>Write to the editor.</p></main>"));
        foreach (var d in posts)
        {
            site.Text(PostPath(d).Trim('/') + "/index.html", Page(d.Title, SiteName, $"""
                <header class="site-header"><p class="site-title"><a href="{origin}/">Napo Magazine</a></p>
                <p class="site-description">The Trade Union, Professional Association and campaigning organisation for Probation and Family Court staff news.</p></header>
                <main id="main"><article class="post">
                <header class="entry-header"><h1 class="entry-title">{E(d.Title)}</h1>
                <div class="entry-meta"><time class="entry-date published" datetime="{Iso(d.Date)}T09:00:00+00:00">{Long(d.Date)}</time></div></header>
                <div class="entry-content">
                {Paragraphs(d.Paragraphs)}
                </div></article></main>
                """, $"<meta property=\"og:title\" content=\"{E(d.Title)}\">"));
        }
    }
}
