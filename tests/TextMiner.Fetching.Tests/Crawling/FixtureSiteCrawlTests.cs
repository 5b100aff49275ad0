using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Tests.FixtureSites;

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

    [TestCaseSource(nameof(Sites))]
    [NonParallelizable]
    public async Task CrawlAsync_RobotsTxt_DisallowedPathsAreNeverRequestedAndDelayIsKept(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        await harness.CrawlAsync(CrawlHarness.Source(site));
        var requests = harness.Server.Requests;
        var (_, disallowed) = FixtureExpectations.For(site);

        var gaps = requests.Zip(requests.Skip(1), (a, b) => b.Time - a.Time).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests[0].PathAndQuery, Is.EqualTo("/robots.txt"));
            Assert.That(requests.Select(r => r.PathAndQuery).Intersect(disallowed.Select(d => new Uri(d).PathAndQuery)), Is.Empty);
            Assert.That(requests.Select(r => r.PathAndQuery), Has.None.Contains("/wp-admin/").And.None.Contains("restricted-").And.None.Contains("/draft-"));
            // robots.txt asks for 0.1 s (the options allow 20 ms): the larger wins. Arrival times at the server jitter
            // on a loaded machine (a late arrival shortens the next gap), so the whole run is held to the delay, and
            // each gap to half of it: well above the 20 ms the options alone would give.
            Assert.That(requests[^1].Time - requests[0].Time, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100 * (requests.Count - 1) - 10)));
            Assert.That(gaps.Min(), Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(50)));
            Assert.That(requests.Select(r => r.UserAgent), Has.All.Contains("TextMiner/").And.All.Contains(CrawlHarness.ContactUrl));
        });
    }
}
