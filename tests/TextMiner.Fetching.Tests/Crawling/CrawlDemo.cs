using System.Diagnostics;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Tests.FixtureSites;

namespace TextMiner.Fetching.Tests.Crawling;

/// <summary>
/// What <c>textminer crawl --source NAME --base-url URL</c> does, printed: each fixture site crawled twice through its
/// mirror, with the summary lines and the time taken. Run by hand: <c>--filter FullyQualifiedName~CrawlDemo</c>.
/// </summary>
[TestFixture]
[Explicit("Prints crawl summaries and timings; asserts only that the crawls ran")]
public sealed class CrawlDemo
{
    [TestCaseSource(typeof(FixtureExpectations), nameof(FixtureExpectations.Sites))]
    public async Task Crawl_FixtureSiteThroughBaseUrl_PrintsSummary(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        var source = CrawlHarness.Source(site);
        for (var run = 1; run <= 2; run++)
        {
            var summary = new CrawlSummary();
            var clock = Stopwatch.StartNew();
            foreach (var outcome in await harness.CrawlAsync(source))
            {
                summary.Add(outcome);
            }

            await TestContext.Out.WriteLineAsync($"$ textminer crawl --source {site} --base-url {harness.Server.BaseUrl}   (run {run}, {clock.Elapsed.TotalSeconds:F1} s, {harness.Server.Requests.Count} requests so far)");
            foreach (var line in summary.ToLines())
            {
                await TestContext.Out.WriteLineAsync(line);
            }

            Assert.That(summary.Discovered, Is.Positive);
        }
    }
}
