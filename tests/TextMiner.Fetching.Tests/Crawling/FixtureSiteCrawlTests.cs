using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Tests.FixtureSites;
using TextMiner.Core.Records;

namespace TextMiner.Fetching.Tests.Crawling;

/// <summary>Full crawls of each fixture site over real HTTP on loopback.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FixtureSiteCrawlTests
{
    private static IEnumerable<string> Sites => FixtureExpectations.Sites;

    [TestCaseSource(nameof(Sites))]
    public async Task CrawlAsync_FullCrawl_FetchesEveryDocumentOnceAndSecondCrawlIsAllNotModified(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        var source = CrawlHarness.Source(site);
        var (expected, disallowed) = FixtureExpectations.For(site);

        var first = await harness.CrawlAsync(source);

        var fetched = first.OfType<CrawlOutcome.Fetched>().Select(f => f.Url).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fetched, Is.EquivalentTo(expected), "every document fetched exactly once");
            Assert.That(first.OfType<CrawlOutcome.Failed>(), Is.Empty);
            Assert.That(first.OfType<CrawlOutcome.Skipped>().Select(s => s.Url), Is.EquivalentTo(disallowed));
            Assert.That(first.OfType<CrawlOutcome.Skipped>().Select(s => s.Reason), Has.All.StartWith(FetchErrors.RobotsDisallowed));
            Assert.That(first.OfType<CrawlOutcome.Fetched>().Select(f => f.Document.Source), Has.All.EqualTo(site));
            Assert.That(first.OfType<CrawlOutcome.Fetched>().Select(f => f.Document.Hints?.Published), Has.All.Not.Null, "every document dated");
            Assert.That(first.OfType<CrawlOutcome.Fetched>().Select(f => f.Document.Hints?.Title), Has.All.Not.Null, "every document titled");
        });

        harness.Server.ClearLog();
        var second = await harness.CrawlAsync(source);

        var documentRequests = harness.Server.Requests.Where(r => expected.Any(e => new Uri(e).PathAndQuery == r.PathAndQuery)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(second.OfType<CrawlOutcome.NotModified>().Select(n => n.Url), Is.EquivalentTo(expected));
            Assert.That(second.OfType<CrawlOutcome.Fetched>(), Is.Empty);
            Assert.That(documentRequests.Select(r => r.Status), Has.All.EqualTo(304));
            Assert.That(documentRequests.Select(r => r.Conditional), Has.All.True);
        });
    }

    [Test]
    public async Task CrawlAsync_Hmip_HintsComeFromTheDefinitionRules()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipSite.Name);

        var fetched = (await harness.CrawlAsync(CrawlHarness.Source(HmipSite.Name))).OfType<CrawlOutcome.Fetched>().ToDictionary(f => f.Url, f => f.Document);

        foreach (var d in HmipSite.Documents.Where(d => !d.Disallowed))
        {
            var page = fetched[HmipSite.Origin + HmipSiteWriter.DocumentPath(d)];
            var kind = d.Title.Contains("annual report", StringComparison.OrdinalIgnoreCase) ? "annual-report"
                : d.Title.Contains("thematic", StringComparison.OrdinalIgnoreCase) ? "thematic-report" : "inspection-report";
            Assert.That(page.Hints, Is.EqualTo(new PageHints(d.Title, d.Date, kind)), d.Slug);
            if (d.Pdf)
            {
                var pdf = fetched[HmipSite.Origin + HmipSiteWriter.PdfPath(d)];
                Assert.That(pdf.Hints, Is.EqualTo(new PageHints(d.Title, d.Date, kind)), d.Slug);
                Assert.That(pdf.ContentType, Is.EqualTo("application/pdf"));
            }
        }
    }

    [TestCaseSource(nameof(Sites))]
    [NonParallelizable]
    public async Task CrawlAsync_RobotsTxt_DisallowedPathsAreNeverRequestedAndDelayIsKept(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        await harness.CrawlAsync(CrawlHarness.Source(site));
        var requests = harness.Server.Requests;
        var (_, disallowed) = FixtureExpectations.For(site);

        var gaps = requests.Zip(requests.Skip(1), (a, b) => b.Time - a.Time).Order().ToList();
        var pairs = requests.Zip(requests.Skip(2), (a, c) => c.Time - a.Time).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].PathAndQuery, Is.EqualTo("/robots.txt"));
            Assert.That(requests.Select(r => r.PathAndQuery).Intersect(disallowed.Select(d => new Uri(d).PathAndQuery)), Is.Empty);
            Assert.That(requests.Select(r => r.PathAndQuery), Has.None.Contains("/wp-admin/").And.None.Contains("restricted-").And.None.Contains("/draft-"));
            // robots.txt asks for 0.1 s (the options allow 20 ms): the larger wins. Arrival times at the server jitter
            // on a loaded machine (one late arrival lengthens one gap and shortens the next), so the run is held to
            // the delay as a whole, in its median gap, and over every two consecutive gaps; a burst at the options'
            // 20 ms would fail all three.
            Assert.That(requests[^1].Time - requests[0].Time, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100 * (requests.Count - 1) - 10)));
            Assert.That(gaps[gaps.Count / 2], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(90)));
            Assert.That(pairs.Min(), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(120)));
            Assert.That(requests.Select(r => r.UserAgent), Has.All.Contains("TextMiner/").And.All.Contains(CrawlHarness.ContactUrl));
        });
    }
}
