using System.IO.Compression;
using System.Text;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;
using TextMiner.Fetching.Tests.FixtureSites;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Fetching.Tests.Crawling;

/// <summary>
/// A crawl no site can stop: the HMIP fixture site made hostile one way at a time, over loopback. Each case ends as one
/// failure line or one notice naming it, and every other document is still fetched.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class HostileSiteTests
{
    private static readonly FixtureDocument Victim = HmipSite.Reports[1];

    [TestCase("1e20")]
    [TestCase("Infinity")]
    public async Task CrawlAsync_HugeCrawlDelay_ClampedAndNamed(string delay)
    {
        using var site = HostileCopy(robots => robots.Replace("Crawl-delay: 0.1", "Crawl-delay: " + delay, StringComparison.Ordinal));
        await using var harness = await CrawlHarness.StartAtAsync(site.Path, o => o.MaxCrawlDelay = TimeSpan.FromMilliseconds(150));

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(HmipSite.Name));

        AssertEverythingElseFetched(summary);
        Assert.That(summary.ToLines(), Has.Some.Contains($"{FetchErrors.CrawlDelayClamped}: robots.txt asks for Crawl-delay: {delay}; 0.15 s used"));
    }

    [Test]
    public async Task CrawlAsync_RobotsRuleOfSixtyWildcards_ObeyedAndNamed()
    {
        // A regular expression of 60 ".*" backtracks for ages on a long path of 'a's that does not match; the scan does not.
        var rule = "/document/" + string.Concat(Enumerable.Repeat("*a", 60)) + "*-end$";
        var blocked = "/document/" + new string('a', 70) + "-end";
        var allowed = "/document/" + new string('a', 70) + "-other";
        using var site = HostileCopy(robots => robots + "User-agent: *\nDisallow: " + rule + "\n");
        Directory.CreateDirectory(site.Combine(allowed.Trim('/')));
        await File.WriteAllTextAsync(site.Combine(allowed.Trim('/'), "index.html"),
            "<!DOCTYPE html><html><body><main><h1>A report with a long address</h1><p class=\"document-meta\">Published: 01 May 2025</p><p>Text.</p></main></body></html>");
        await File.WriteAllTextAsync(site.Combine("extra-sitemap.xml"), SiteWriter.UrlSet([(HmipSite.Origin + blocked, null), (HmipSite.Origin + allowed, null)]));
        var source = WithSitemaps(CrawlHarness.Source(HmipSite.Name), "/extra-sitemap.xml");
        await using var harness = await CrawlHarness.StartAtAsync(site.Path);

        var outcomes = await harness.CrawlAsync(source);
        var summary = Summarise(outcomes);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Skipped>().Select(s => s.Url), Does.Contain(HmipSite.Origin + blocked));
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Select(f => f.Url), Does.Contain(HmipSite.Origin + allowed));
            Assert.That(harness.Server.Requests.Select(r => r.PathAndQuery), Has.None.EqualTo(blocked));
            Assert.That(summary.ToLines(), Has.Some.Contains($"{FetchErrors.RobotsComplexRule}: a rule with 61 wildcards"));
            Assert.That(summary.Failed, Is.Zero);
        });
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://ftp.example.org/reports/secret.pdf")]
    [TestCase("javascript:alert(document.cookie)")]
    public async Task CrawlAsync_RedirectToAnotherScheme_RefusedAsOneFailure(string location)
    {
        await using var harness = await CrawlHarness.StartAsync(HmipSite.Name);
        harness.Server.AddFault(new FaultRule(Victim.Path, FaultKind.RedirectTo, Location: location));

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(HmipSite.Name));

        AssertOneFailure(summary, FetchErrors.RedirectRefused);
    }

    [Test]
    public async Task CrawlAsync_RedirectToAnotherHost_RefusedReportedAndNeverFetched()
    {
        using var internalSite = new TempDirectory();
        await File.WriteAllTextAsync(internalSite.Combine("secret.html"), "<html><body><h1>Internal</h1><p>Not for publication.</p></body></html>");
        await using var intranet = await FixtureSiteServer.StartAsync(internalSite.Path);
        await using var harness = await CrawlHarness.StartAsync(HmipSite.Name);
        harness.Server.AddFault(new FaultRule(Victim.Path, FaultKind.RedirectTo, Location: new Uri(intranet.BaseUrl, "secret").AbsoluteUri));

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(HmipSite.Name));

        AssertOneFailure(summary, FetchErrors.RedirectOffSite);
        Assert.That(intranet.Requests, Is.Empty, "the other host is never asked");
    }

    [Test]
    public async Task CrawlAsync_RedirectLoop_ReportedFailedWithItsReason()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipSite.Name);
        harness.Server.AddFault(new FaultRule(Victim.Path, FaultKind.RedirectLoop));

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(HmipSite.Name));

        AssertOneFailure(summary, FetchErrors.RedirectLoop);
    }

    [Test]
    public async Task CrawlAsync_OffSiteSitemapLineAndPaginationLink_NotFollowedAndNamed()
    {
        using var internalSite = new TempDirectory();
        await using var intranet = await FixtureSiteServer.StartAsync(internalSite.Path);
        var elsewhere = intranet.BaseUrl.AbsoluteUri;
        using var site = HostileCopy(robots => robots + $"Sitemap: {elsewhere}sitemap.xml\nSitemap: http://169.254.169.254/latest/meta-data/\n");
        var news = site.Combine("news", "index.html");
        await File.WriteAllTextAsync(news, (await File.ReadAllTextAsync(news)).Replace("</head>", $"<link rel=\"next\" href=\"{elsewhere}news/page/2/\">\n</head>", StringComparison.Ordinal));
        var definition = CrawlHarness.Source(HmipSite.Name);
        var source = definition with
        {
            Discovery = definition.Discovery with
            {
                Listings = [.. definition.Discovery.Listings ?? [], new ListingDefinition("/news/", new PaginationDefinition(NextXPath: "//link[@rel='next']/@href"))],
            },
        };
        await using var harness = await CrawlHarness.StartAtAsync(site.Path);

        var summary = await harness.CrawlSummaryAsync(source);

        var notices = summary.Notices.Select(n => n.Reason.ToString()).ToList();
        AssertEverythingElseFetched(summary);
        Assert.Multiple(() =>
        {
            Assert.That(intranet.Requests, Is.Empty, "nothing off the source's hosts is requested");
            Assert.That(notices, Has.Some.StartsWith(FetchErrors.OffSite + ": robots.txt Sitemap line " + elsewhere));
            Assert.That(notices, Has.Some.StartsWith(FetchErrors.OffSite + ": robots.txt Sitemap line http://169.254.169.254/"));
            Assert.That(notices, Has.Some.StartsWith(FetchErrors.OffSite + ": next-page link " + elsewhere));
            Assert.That(summary.ToLines(), Has.Some.Contains(FetchErrors.OffSite));
        });
    }

    [Test]
    public async Task CrawlAsync_SitemapThatInflatesPastTheCap_CappedAndNamed()
    {
        using var site = HostileCopy(robots => robots);
        await using (var file = File.Create(site.Combine("bomb-sitemap.xml.gz")))
        await using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            gzip.Write("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 60; i++)
            {
                gzip.Write(spaces);
            }

            gzip.Write("</urlset>"u8);
        }

        await using var harness = await CrawlHarness.StartAtAsync(site.Path);

        var summary = await harness.CrawlSummaryAsync(WithSitemaps(CrawlHarness.Source(HmipSite.Name), "/bomb-sitemap.xml.gz"));

        AssertEverythingElseFetched(summary);
        Assert.That(summary.ToLines(), Has.Some.Contains($"{FetchErrors.SitemapTooLarge}: more than {50L * 1024 * 1024} bytes once inflated"));
    }

    [Test]
    public async Task CrawlAsync_SitemapOfAMillionUrls_CappedAndNamed()
    {
        using var site = HostileCopy(robots => robots);
        await using (var file = File.Create(site.Combine("huge-sitemap.xml.gz")))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            await writer.WriteAsync("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (var i = 0; i < 1_000_000; i++)
            {
                await writer.WriteAsync($"<url><loc>{HmipSite.Origin}/tag/t{i}</loc></url>\n");
            }

            await writer.WriteAsync("</urlset>\n");
        }

        await using var harness = await CrawlHarness.StartAtAsync(site.Path, o => o.MaxBodyBytes = 32 * 1024 * 1024);

        var summary = await harness.CrawlSummaryAsync(WithSitemaps(CrawlHarness.Source(HmipSite.Name), "/huge-sitemap.xml.gz"));

        AssertEverythingElseFetched(summary);
        Assert.That(summary.ToLines(), Has.Some.Contains($"{FetchErrors.SitemapCapped}: more than 50000 entries; the first 50000 kept"));
    }

    /// <summary>A copy of the HMIP fixture site with its robots.txt rewritten.</summary>
    private static TempDirectory HostileCopy(Func<string, string> robots)
    {
        var temp = new TempDirectory();
        var from = Corpus.Path("sites", HmipSite.Name);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = temp.Combine(Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(temp.Combine("robots.txt"), robots(File.ReadAllText(temp.Combine("robots.txt"))));
        return temp;
    }

    private static SourceDefinition WithSitemaps(SourceDefinition source, params string[] sitemaps) =>
        source with { Discovery = source.Discovery with { Sitemaps = [.. source.Discovery.Sitemaps ?? [], .. sitemaps] } };

    private static CrawlSummary Summarise(IEnumerable<CrawlOutcome> outcomes)
    {
        var summary = new CrawlSummary();
        foreach (var outcome in outcomes)
        {
            summary.Add(outcome);
        }

        return summary;
    }

    private static void AssertEverythingElseFetched(CrawlSummary summary) => Assert.Multiple(() =>
    {
        Assert.That(summary.Fetched, Is.EqualTo(FixtureExpectations.For(HmipSite.Name).Fetched.Count), string.Join('\n', summary.ToLines()));
        Assert.That(summary.Failures, Is.Empty, string.Join('\n', summary.ToLines()));
    });

    /// <summary>The victim's page fails with the reason, once; its PDF (found only on it) is not fetched; the rest is.</summary>
    private static void AssertOneFailure(CrawlSummary summary, string reason)
    {
        var lines = summary.ToLines();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Failures.Select(f => (f.Url, f.Reason.Code)), Is.EqualTo(new[] { (HmipSite.Origin + Victim.Path, reason) }), string.Join('\n', lines));
            Assert.That(summary.Failures[0].Transient, Is.False);
            Assert.That(summary.Fetched, Is.EqualTo(FixtureExpectations.For(HmipSite.Name).Fetched.Count - 1 - (Victim.PdfPath is null ? 0 : 1)));
            Assert.That(lines, Has.Some.Contains($"failed: {HmipSite.Origin}{Victim.Path}: {reason}"));
        });
    }
}
