using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Tests.FixtureSites;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Fetching.Tests.Crawling;

/// <summary>The earlier HMIP site with every kind of fault injected: passing faults are retried, lasting ones reported.</summary>
[TestFixture]
public sealed class FaultModeCrawlTests
{
    private static readonly Func<string, FixtureDocument> Release = slug => HmipLegacySite.PressReleases.Single(d => d.Slug.StartsWith(slug, StringComparison.Ordinal));
    private static readonly Func<string, FixtureDocument> Inspection = slug => HmipLegacySite.Inspections.Single(d => d.Slug == slug);

    [Test]
    public async Task CrawlAsync_FaultMode_FetchesEveryFetchableDocumentOnceAndReportsTheRest()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipLegacySite.Name);
        var server = harness.Server;
        server.SlowDelay = TimeSpan.FromSeconds(3);
        server.OversizeBytes = 2 * 1024 * 1024;
        var tooManyRequests = Release("transforming").Path;
        server.AddFault(new FaultRule(Release("london").Path, FaultKind.ServerError, Times: 1));
        server.AddFault(new FaultRule(Release("probation-services-in-cumbria").Path, FaultKind.Unavailable, Times: 2));
        server.AddFault(new FaultRule(tooManyRequests, FaultKind.TooManyRequests, Times: 1));
        server.AddFault(new FaultRule(Release("inspectors-find").Path, FaultKind.Slow, Times: 1));
        server.AddFault(new FaultRule(Release("court-work").Path, FaultKind.ConnectionReset, Times: 1));
        server.AddFault(new FaultRule(Inspection("london-nps").Path, FaultKind.TruncatedBody, Times: 1));
        server.AddFault(new FaultRule(Inspection("london-nps").PdfPath!, FaultKind.WrongContentType));
        server.AddFault(new FaultRule(Inspection("cumbria-and-lancashire-crc").PdfPath!, FaultKind.HtmlInsteadOfFile));
        server.AddFault(new FaultRule(Inspection("durham-tees-valley-crc").Path, FaultKind.RedirectLoop));
        server.AddFault(new FaultRule(Inspection("south-west-nps").PdfPath!, FaultKind.Oversized));
        server.AddFault(new FaultRule(Inspection("wales-nps").Path, FaultKind.Unavailable));

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(HmipLegacySite.Name));

        var origin = HmipLegacySite.Origin;
        string[] unfetchable =
        [
            origin + Inspection("cumbria-and-lancashire-crc").PdfPath!,
            origin + Inspection("durham-tees-valley-crc").Path,
            origin + Inspection("durham-tees-valley-crc").PdfPath!,
            origin + Inspection("south-west-nps").PdfPath!,
            origin + Inspection("wales-nps").Path,
            origin + Inspection("wales-nps").PdfPath!,
        ];
        var expected = FixtureExpectations.For(HmipLegacySite.Name).Fetched.Except(unfetchable).Select(FixtureExpectations.Key);
        var failed = outcomes.OfType<CrawlOutcome.Failed>().ToDictionary(f => f.Url);
        var wrongType = outcomes.OfType<CrawlOutcome.Fetched>().Single(f => f.Url == origin + Inspection("london-nps").PdfPath!);
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Select(f => FixtureExpectations.Key(f.Url)), Is.EquivalentTo(expected));
            Assert.That(failed.Keys, Is.EquivalentTo(new[] { unfetchable[0], unfetchable[1], unfetchable[3], unfetchable[4] }));
            Assert.That(failed[unfetchable[0]].Reason.Code, Is.EqualTo(FetchErrors.ContentMismatch));
            Assert.That(failed[unfetchable[1]].Reason.Code, Is.EqualTo(FetchErrors.RedirectLoop));
            Assert.That(failed[unfetchable[3]].Reason.Code, Is.EqualTo(FetchErrors.TooLarge));
            Assert.That(failed[unfetchable[4]].Reason.Code, Is.EqualTo(FetchErrors.HttpStatus));
            Assert.That(failed[unfetchable[4]].Reason.Message, Does.StartWith("503"));
            Assert.That(failed[unfetchable[4]].Transient, Is.True);
            Assert.That(failed[unfetchable[0]].Transient, Is.False);
            Assert.That(wrongType.Document.ContentType, Is.EqualTo("application/pdf"), "a PDF served as text/html is taken as the PDF it is");
        });

        var attempts = server.Requests.Where(r => r.PathAndQuery == tooManyRequests).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Select(a => a.Status), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(attempts[1].Time - attempts[0].Time, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)), "Retry-After: 1 honoured (less arrival jitter)");
            Assert.That(server.Requests.Count(r => r.PathAndQuery == Inspection("wales-nps").Path), Is.EqualTo(4), "one try and three retries");
        });
    }

    [Test]
    public async Task CrawlAsync_BrokenHost_CircuitOpensAndFailsFast()
    {
        await using var harness = await CrawlHarness.StartAsync(NapoSite.Name, o =>
        {
            o.MaxRetries = 1;
            o.CircuitBreakerMinimumThroughput = 4;
            o.CircuitBreakerFailureRatio = 0.5;
            o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        foreach (var d in NapoSite.Documents)
        {
            harness.Server.AddFault(new FaultRule(d.Path, FaultKind.ServerError));
            harness.Server.AddFault(new FaultRule(NapoSite.NodePath(d), FaultKind.ServerError));
        }

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoSite.Name));

        var reasons = outcomes.OfType<CrawlOutcome.Failed>().Select(f => f.Reason.Code).ToList();
        Assert.Multiple(() =>
        {
            // One document is linked both as /node/<n> and by its alias; with neither answering, both fail.
            Assert.That(reasons, Has.Count.EqualTo(NapoSite.Documents.Count + 1));
            Assert.That(reasons, Has.Some.EqualTo(FetchErrors.CircuitOpen));
            Assert.That(harness.Server.Requests.Count(r => r.Status == 500), Is.LessThan(2 * reasons.Count), "an open circuit sends nothing");
        });
    }

    [Test]
    public async Task CrawlAsync_RobotsTxtUnavailable_ReportsItAndFetchesNothing()
    {
        await using var harness = await CrawlHarness.StartAsync(NapoSite.Name, o => o.MaxRetries = 1);
        harness.Server.AddFault(new FaultRule("/robots.txt", FaultKind.Unavailable));

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoSite.Name));

        var failed = outcomes.OfType<CrawlOutcome.Failed>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Has.Count.EqualTo(1));
            Assert.That(failed.Reason.Code, Is.EqualTo(FetchErrors.RobotsUnreachable));
            Assert.That(failed.DuringDiscovery, Is.True);
            Assert.That(harness.Server.Requests.Select(r => r.PathAndQuery), Has.All.EqualTo("/robots.txt"));
        });
    }
}
