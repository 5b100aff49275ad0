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
        FixtureSiteServer.SlowDelay = TimeSpan.FromSeconds(3);
        FixtureSiteServer.OversizeBytes = 2 * 1024 * 1024;
        await using var harness = await CrawlHarness.StartAsync(HmipLegacySite.Name);
        var server = harness.Server;
        var tooManyRequests = HmipLegacySiteWriter.PressReleasePath(Release("transforming"));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PressReleasePath(Release("london")), FaultKind.ServerError, Times: 1));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PressReleasePath(Release("probation-services-in-cumbria")), FaultKind.Unavailable, Times: 2));
        server.AddFault(new FaultRule(tooManyRequests, FaultKind.TooManyRequests, Times: 1));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PressReleasePath(Release("inspectors-find")), FaultKind.Slow, Times: 1));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PressReleasePath(Release("court-work")), FaultKind.ConnectionReset, Times: 1));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.InspectionPath(Inspection("london-nps")), FaultKind.TruncatedBody, Times: 1));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PdfPath(Inspection("london-nps")), FaultKind.WrongContentType));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PdfPath(Inspection("cumbria-and-lancashire-crc")), FaultKind.HtmlInsteadOfFile));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.InspectionPath(Inspection("durham-tees-valley-crc")), FaultKind.RedirectLoop));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.PdfPath(Inspection("south-west-nps")), FaultKind.Oversized));
        server.AddFault(new FaultRule(HmipLegacySiteWriter.InspectionPath(Inspection("wales-nps")), FaultKind.Unavailable));

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(HmipLegacySite.Name));

        var origin = HmipLegacySite.Origin;
        string[] unfetchable =
        [
            origin + HmipLegacySiteWriter.PdfPath(Inspection("cumbria-and-lancashire-crc")),
            origin + HmipLegacySiteWriter.InspectionPath(Inspection("durham-tees-valley-crc")),
            origin + HmipLegacySiteWriter.PdfPath(Inspection("durham-tees-valley-crc")),
            origin + HmipLegacySiteWriter.PdfPath(Inspection("south-west-nps")),
            origin + HmipLegacySiteWriter.InspectionPath(Inspection("wales-nps")),
            origin + HmipLegacySiteWriter.PdfPath(Inspection("wales-nps")),
        ];
        var expected = FixtureExpectations.For(HmipLegacySite.Name).Fetched.Except(unfetchable);
        var failed = outcomes.OfType<CrawlOutcome.Failed>().ToDictionary(f => f.Url);
        var wrongType = outcomes.OfType<CrawlOutcome.Fetched>().Single(f => f.Url == origin + HmipLegacySiteWriter.PdfPath(Inspection("london-nps")));
        Assert.Multiple(() =>
        {
            Assert.That(outcomes.OfType<CrawlOutcome.Fetched>().Select(f => f.Url), Is.EquivalentTo(expected));
            Assert.That(failed.Keys, Is.EquivalentTo(new[] { unfetchable[0], unfetchable[1], unfetchable[3], unfetchable[4] }));
            Assert.That(failed[unfetchable[0]].Reason, Does.StartWith(FetchErrors.ContentMismatch));
            Assert.That(failed[unfetchable[1]].Reason, Does.StartWith(FetchErrors.TooManyRedirects));
            Assert.That(failed[unfetchable[3]].Reason, Does.StartWith(FetchErrors.TooLarge));
            Assert.That(failed[unfetchable[4]].Reason, Does.StartWith(FetchErrors.HttpStatus + ": 503"));
            Assert.That(failed[unfetchable[4]].Transient, Is.True);
            Assert.That(failed[unfetchable[0]].Transient, Is.False);
            Assert.That(wrongType.Document.ContentType, Is.EqualTo("application/pdf"), "a PDF served as text/html is taken as the PDF it is");
        });

        var attempts = server.Requests.Where(r => r.PathAndQuery == tooManyRequests).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Select(a => a.Status), Is.EqualTo(new[] { 429, 200 }));
            Assert.That(attempts[1].Time - attempts[0].Time, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "Retry-After: 1 honoured");
            Assert.That(server.Requests.Count(r => r.PathAndQuery == HmipLegacySiteWriter.InspectionPath(Inspection("wales-nps"))), Is.EqualTo(4), "one try and three retries");
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
        foreach (var d in NapoSite.News.Concat(NapoSite.Blog))
        {
            harness.Server.AddFault(new FaultRule(NapoSite.News.Contains(d) ? NapoSiteWriter.NewsPath(d) : NapoSiteWriter.BlogPath(d), FaultKind.ServerError));
        }

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoSite.Name));

        var reasons = outcomes.OfType<CrawlOutcome.Failed>().Select(f => f.Reason).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reasons, Has.Count.EqualTo(NapoSite.News.Count + NapoSite.Blog.Count));
            Assert.That(reasons, Has.Some.StartWith(FetchErrors.CircuitOpen));
            Assert.That(harness.Server.Requests.Count(r => r.Status == 500), Is.LessThan(2 * reasons.Count), "an open circuit sends nothing");
        });
    }
}
