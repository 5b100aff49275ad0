using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Tests.FixtureSites;

namespace TextMiner.Fetching.Tests.Crawling;

[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class CrawlLimitsTests
{
    [Test]
    public async Task CrawlAsync_Since_FetchesOnlyLaterDocumentsAndStopsPaging()
    {
        await using var harness = await CrawlHarness.StartAsync(NapoSite.Name);
        var since = new DateOnly(2019, 3, 1);

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoSite.Name), since: since);

        var later = NapoSite.Documents.Where(d => d.Date >= since).Select(d => FixtureExpectations.Key(NapoSite.Origin + d.Path));
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Select(f => FixtureExpectations.Key(f.Url)), Is.EquivalentTo(later));
            Assert.That(outcomes.OfType<CrawlOutcome.Skipped>().Select(s => s.Reason.Code).Distinct(), Is.SubsetOf(new[] { FetchErrors.BeforeSince, FetchErrors.Duplicate }));
            Assert.That(harness.Server.Requests.Select(r => r.PathAndQuery), Has.None.EqualTo("/napo-hq-blog?page=2"));
        });
    }

    [Test]
    public async Task CrawlAsync_Max_RequestsAtMostMaxDocuments()
    {
        await using var harness = await CrawlHarness.StartAsync(NapoMagazineSite.Name);

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoMagazineSite.Name), max: 3);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Count(), Is.EqualTo(3));
            Assert.That(outcomes.OfType<CrawlOutcome.Skipped>().Select(s => s.Reason.Code).ToList(), Has.Count.EqualTo(NapoMagazineSite.Posts.Count - 3).And.All.EqualTo(FetchErrors.BeyondMax));
        });
    }

    [Test]
    public async Task CrawlAsync_IntervalLongerThanAttemptTimeout_WaitingForTurnDoesNotTimeOut()
    {
        // A first crawl warms the process (JIT, Kestrel), so the short attempt timeout below measures only the wait.
        await using (var warm = await CrawlHarness.StartAsync(NapoMagazineSite.Name))
        {
            await warm.CrawlAsync(CrawlHarness.Source(NapoMagazineSite.Name), max: 1);
        }

        await using var harness = await CrawlHarness.StartAsync(NapoMagazineSite.Name, o =>
        {
            o.MinRequestInterval = TimeSpan.FromMilliseconds(600);
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxRetries = 0;
        });

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoMagazineSite.Name), max: 2);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Failed>(), Is.Empty);
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task CrawlAsync_Summary_CountsOutcomesAndHintsComeFromRules()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipLegacySite.Name);
        var progress = new List<CrawlProgress>();
        var summary = new CrawlSummary();
        var crawler = harness.Crawler;
        var options = new CrawlOptions(null, null, harness.Server.BaseUrl, new SynchronousProgress(progress));

        await foreach (var outcome in crawler.CrawlAsync(CrawlHarness.Source(HmipLegacySite.Name), options, CancellationToken.None))
        {
            summary.Add(outcome);
        }

        var (expected, disallowed, _) = FixtureExpectations.For(HmipLegacySite.Name);
        var lines = summary.ToLines();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Fetched, Is.EqualTo(expected.Count));
            Assert.That(summary.Discovered, Is.EqualTo(expected.Count + disallowed.Count));
            Assert.That(summary.SkippedByReason[FetchErrors.RobotsDisallowed], Is.EqualTo(disallowed.Count));
            Assert.That(lines[0], Does.StartWith($"discovered {summary.Discovered}, fetched {summary.Fetched}, not modified 0"));
            Assert.That(progress.Select(p => p.Phase), Does.Contain(CrawlPhase.Discovering).And.Contain(CrawlPhase.Fetching).And.Contain(CrawlPhase.Done));
        });
    }

    private sealed class SynchronousProgress(List<CrawlProgress> into) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => into.Add(value);
    }
}
