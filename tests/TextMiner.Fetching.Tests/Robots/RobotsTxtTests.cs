using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;
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
        var robots = RobotsTxt.DisallowAll(Diagnostic.Error(FetchErrors.RobotsUnreachable, "503"));

        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/news/"), Is.False);
            Assert.That(robots.Unreachable?.Code, Is.EqualTo("robots-unreachable"));
        });
    }

    [Test]
    public void Parse_EmptyDisallow_AllowsEverything() =>
        Assert.That(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "TextMiner").IsAllowed("/anything"), Is.True);

    [TestCase("1e20")]
    [TestCase("Infinity")]
    [TestCase("86400000")]
    public void Parse_CrawlDelayBeyondADay_IsADayAndKeepsWhatWasAsked(string value)
    {
        var robots = RobotsTxt.Parse($"User-agent: *\nCrawl-delay: {value}\n", "TextMiner");

        Assert.Multiple(() =>
        {
            Assert.That(robots.CrawlDelay, Is.EqualTo(RobotsTxt.MaxDelay));
            Assert.That(robots.CrawlDelayText, Is.EqualTo(value));
        });
    }

    [TestCase("/a/*/c$", "/a/b/c", true)]
    [TestCase("/a/*/c$", "/a/b/c/d", false)]
    [TestCase("/a/**b", "/a/xxbyy", true)]
    [TestCase("*", "/anything", true)]
    [TestCase("/*.pdf$", "/x/y.pdf", true)]
    [TestCase("/*.pdf$", "/x/y.pdf?download=1", false)]
    public void IsAllowed_Wildcards_MatchAsRfc9309Says(string rule, string path, bool disallowed) =>
        Assert.That(RobotsTxt.Parse($"User-agent: *\nDisallow: {rule}\n", "TextMiner").IsAllowed(path), Is.EqualTo(!disallowed));

    [Test]
    public void IsAllowed_RuleOfSixtyWildcards_DecidesAndIsReported()
    {
        var rule = "/" + string.Concat(Enumerable.Repeat("*a", 60)) + "*-end$";
        var robots = RobotsTxt.Parse($"User-agent: *\nDisallow: {rule}\n", "TextMiner");

        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/" + new string('a', 5000) + "-other"), Is.True);
            Assert.That(robots.IsAllowed("/" + new string('a', 5000) + "-end"), Is.False);
            Assert.That(robots.IsAllowed("/" + new string('a', 59) + "-end"), Is.True, "59 a's do not meet 60 wildcards each followed by an a");
            Assert.That(robots.Warnings.Select(w => w.ToString()), Has.One.StartsWith("robots-complex-rule: a rule with 61 wildcards"));
        });
    }

    [Test]
    public void Parse_MoreRulesThanTheCap_KeepsTheFirstAndSaysSo()
    {
        var text = "User-agent: *\n" + string.Concat(Enumerable.Range(0, RobotsTxt.MaxRules + 10).Select(i => $"Disallow: /p{i}/\n"));

        var robots = RobotsTxt.Parse(text, "TextMiner");

        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/p0/"), Is.False);
            Assert.That(robots.IsAllowed($"/p{RobotsTxt.MaxRules + 5}/"), Is.True);
            Assert.That(robots.Warnings.Select(w => w.Code), Has.Some.EqualTo("robots-capped"));
        });
    }
}
