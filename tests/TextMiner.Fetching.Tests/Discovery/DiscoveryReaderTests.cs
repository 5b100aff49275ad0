using System.IO.Compression;
using System.Text;
using TextMiner.Fetching.Discovery;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Tests.Discovery;

[TestFixture]
public sealed class DiscoveryReaderTests
{
    [Test]
    public void FeedReader_Atom_GivesAlternateLinksTitlesAndDates()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Napo Magazine</title>
              <entry>
                <title>Reunification: what happens next?</title>
                <link rel="edit" href="https://napomagazine.org.uk/wp-admin/post.php?post=1"/>
                <link rel="alternate" href="https://napomagazine.org.uk/2019/03/27/reunification/"/>
                <published>2019-03-27T09:00:00Z</published>
              </entry>
              <entry>
                <title>No rel</title>
                <link href="https://napomagazine.org.uk/2019/02/28/x/"/>
                <updated>2019-02-28T09:00:00Z</updated>
              </entry>
            </feed>
            """;

        var items = FeedReader.Read(Encoding.UTF8.GetBytes(atom));

        Assert.That(items, Is.EqualTo(new[]
        {
            new FeedReader.Item("https://napomagazine.org.uk/2019/03/27/reunification/", "Reunification: what happens next?", new DateOnly(2019, 3, 27)),
            new FeedReader.Item("https://napomagazine.org.uk/2019/02/28/x/", "No rel", new DateOnly(2019, 2, 28)),
        }));
    }

    [Test]
    public void FeedReader_Rss_GivesLinksAndRfc822Dates()
    {
        const string rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
            <item><title>A</title><link>https://x.org/a/</link><pubDate>Wed, 22 May 2019 09:00:00 +0000</pubDate></item>
            </channel></rss>
            """;

        Assert.That(FeedReader.Read(Encoding.UTF8.GetBytes(rss)), Is.EqualTo(new[] { new FeedReader.Item("https://x.org/a/", "A", new DateOnly(2019, 5, 22)) }));
    }

    [TestCase("<!DOCTYPE html><html><body>Not found</body></html>")]
    [TestCase("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><rss><channel/></rss>")]
    public void FeedReader_NotAFeed_GivesNull(string text) => Assert.That(FeedReader.Read(Encoding.UTF8.GetBytes(text)), Is.Null);

    [Test]
    public void SitemapReader_GzippedIndex_GivesChildSitemaps()
    {
        var xml = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc> https://x.org/post-sitemap.xml </loc></sitemap></sitemapindex>""");
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(xml);
        }

        var sitemap = SitemapReader.Read(gz.ToArray());

        Assert.That(sitemap?.Sitemaps, Is.EqualTo(new[] { "https://x.org/post-sitemap.xml" }));
    }

    [Test]
    public void SitemapReader_WordPressIndexWithStylesheet_GivesChildSitemaps()
    {
        var xml = """<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="https://x.org/wp-sitemap-index.xsl" ?>""" + "\n"
            + """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.org/wp-sitemap-posts-post-1.xml</loc></sitemap></sitemapindex>""";

        var sitemap = SitemapReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.That(sitemap?.Sitemaps, Is.EqualTo(new[] { "https://x.org/wp-sitemap-posts-post-1.xml" }));
    }

    [Test]
    public void SitemapReader_MoreEntriesThanTheCap_KeepsTheFirstAndSaysCapped()
    {
        var xml = "<urlset>" + string.Concat(Enumerable.Range(0, 10).Select(i => $"<url><loc>https://x.org/{i}</loc></url>")) + "</urlset>";

        var sitemap = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), maxEntries: 4);

        Assert.Multiple(() =>
        {
            Assert.That(sitemap!.Urls.Select(u => u.Location), Is.EqualTo(new[] { "https://x.org/0", "https://x.org/1", "https://x.org/2", "https://x.org/3" }));
            Assert.That(sitemap.Capped, Is.True);
            Assert.That(sitemap.Error, Is.Null);
        });
    }

    [Test]
    public void SitemapReader_UrlSet_GivesLocationsAndLastModified()
    {
        var xml = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.org/a/</loc><lastmod>2019-05-22</lastmod></url><url><loc>https://x.org/b/</loc></url></urlset>""";

        var sitemap = SitemapReader.Read(Encoding.UTF8.GetBytes(xml))!;

        Assert.Multiple(() =>
        {
            Assert.That(sitemap.Urls.Select(u => u.Location), Is.EqualTo(new[] { "https://x.org/a/", "https://x.org/b/" }));
            Assert.That(sitemap.Urls[0].Modified, Is.EqualTo(new DateTimeOffset(2019, 5, 22, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(sitemap.Urls[1].Modified, Is.Null);
        });
    }

    [Test]
    public void ListingReader_ItemsAndNextLink_AreRead()
    {
        const string html = """
            <html><body>
            <div class="views-row"><h2><a href="/news/a">A &amp; B</a></h2><span class="date">06th Mar 2019</span><a href="/news/a">Read more</a></div>
            <div class="views-row"><h2><a href="/news/b">B</a></h2></div>
            <ul class="pager"><li class="pager-next"><a rel="next" href="/news?page=1">next</a></li></ul>
            </body></html>
            """;
        var listing = new ListingDefinition("/news", new PaginationDefinition(NextXPath: "//a[@rel='next']/@href"),
            "//div[contains(@class,'views-row')]", ".//h2/a/@href", ".//h2", ".//span[@class='date']");

        var (items, next) = ListingReader.Read(HtmlQuery.Load(Encoding.UTF8.GetBytes(html)), listing, null);

        Assert.Multiple(() =>
        {
            Assert.That(items, Is.EqualTo(new[] { new ListingReader.Item("/news/a", "A & B", new DateOnly(2019, 3, 6)), new ListingReader.Item("/news/b", "B", null) }));
            Assert.That(next, Is.EqualTo("/news?page=1"));
        });
    }

    [TestCase("https://x.org/news", "page", 1, "https://x.org/news?page=1")]
    [TestCase("https://x.org/i/?type=adult&year=2019", "paged", 2, "https://x.org/i/?type=adult&year=2019&paged=2")]
    [TestCase("https://x.org/i/?paged=2&year=2019", "paged", 3, "https://x.org/i/?year=2019&paged=3")]
    public void WithParameter_SetsOrReplaces(string url, string parameter, int value, string expected) =>
        Assert.That(Discoverer.WithParameter(new Uri(url), parameter, value).AbsoluteUri, Is.EqualTo(expected));

    [TestCase("https://x.org/news/", 2, "https://x.org/news/page/2/")]
    [TestCase("https://x.org/", 3, "https://x.org/page/3/")]
    [TestCase("https://x.org/category/news?orderby=date", 2, "https://x.org/category/news/page/2/?orderby=date")]
    public void WithPathPage_AddsWordPressPageSegment(string url, int value, string expected) =>
        Assert.That(Discoverer.WithPathPage(new Uri(url), "page", value).AbsoluteUri, Is.EqualTo(expected));
}
