using TextMiner.Fetching.Robots;

namespace TextMiner.Fetching.Tests.Robots;

[TestFixture]
public sealed class RobotsTxtTests
{
    private const string Text = """
        User-agent: *
        Disallow: /private/
        Disallow: /*.php$
        Allow: /private/public-
        Crawl-delay: 10

        User-agent: OtherBot
        User-agent: TextMiner
        Disallow: /drafts/
        Allow: /drafts/published
        Crawl-delay: 2.5 # seconds

        Sitemap: https://example.org/sitemap.xml
        """;

    [TestCase("TextMiner", "/drafts/x", false)]
    [TestCase("TextMiner", "/drafts/published-report", true)]
    [TestCase("TextMiner", "/private/x", true, Description = "our own group replaces *")]
    [TestCase("textminer", "/drafts/x", false, Description = "product tokens match case-insensitively")]
    [TestCase("SomeBot", "/private/x", false)]
    [TestCase("SomeBot", "/private/public-report", true, Description = "longest match wins")]
    [TestCase("SomeBot", "/index.php", false)]
    [TestCase("SomeBot", "/index.php?x=1", true, Description = "$ anchors the end")]
    [TestCase("SomeBot", "/robots.txt", true)]
    [TestCase("SomeBot", "/news/", true)]
    public void IsAllowed_Rules_FollowRfc9309(string agent, string path, bool allowed) =>
        Assert.That(RobotsTxt.Parse(Text, agent).IsAllowed(path), Is.EqualTo(allowed));

    [TestCase("TextMiner", 2.5)]
    [TestCase("SomeBot", 10.0)]
    public void Parse_CrawlDelay_FromTheChosenGroup(string agent, double seconds) =>
        Assert.That(RobotsTxt.Parse(Text, agent).CrawlDelay, Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void Parse_Sitemaps_AreListedWhateverTheGroup() =>
        Assert.That(RobotsTxt.Parse(Text, "TextMiner").Sitemaps, Is.EqualTo(new[] { "https://example.org/sitemap.xml" }));

    [Test]
    public void DisallowAll_Unreachable_AllowsNothing()
    {
        var robots = RobotsTxt.DisallowAll("robots-unreachable: 503");

        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/news/"), Is.False);
            Assert.That(robots.Unreachable, Does.StartWith("robots-unreachable"));
        });
    }

    [Test]
    public void Parse_EmptyDisallow_AllowsEverything() =>
        Assert.That(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "TextMiner").IsAllowed("/anything"), Is.True);
}
