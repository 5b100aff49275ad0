using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Tests.FixtureSites;

namespace TextMiner.Fetching.Tests.Crawling;

/// <summary>Full crawls of each fixture site over real HTTP on loopback: every document once, then a quiet night of 304s.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FixtureSiteCrawlTests
{
    /// <summary>The share of a quiet second crawl's requests that must be answered 304.</summary>
    public const double MinNotModifiedShare = 0.8;

    private static IEnumerable<string> Sites => FixtureExpectations.Sites;

    [TestCaseSource(nameof(Sites))]
    public async Task CrawlAsync_FullCrawl_FetchesEveryDocumentExactlyOnce(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        var (expected, disallowed, duplicates) = FixtureExpectations.For(site);

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(site));

        var fetched = outcomes.OfType<CrawlOutcome.Fetched>().ToList();
        var skipped = outcomes.OfType<CrawlOutcome.Skipped>().ToList();
        await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{site}: {fetched.Count} documents fetched, {skipped.Count} skipped"));
        Assert.Multiple(() =>
        {
            Assert.That(fetched.Select(f => FixtureExpectations.Key(f.Url)), Is.EquivalentTo(expected.Select(FixtureExpectations.Key)), "every document fetched exactly once");
            Assert.That(outcomes.OfType<CrawlOutcome.Failed>(), Is.Empty, "no failures, discovery included");
            Assert.That(skipped.Where(s => s.Reason.Code == FetchErrors.RobotsDisallowed).Select(s => FixtureExpectations.Key(s.Url)),
                Is.EquivalentTo(disallowed.Select(FixtureExpectations.Key)));
            Assert.That(skipped.Where(s => s.Reason.Code == FetchErrors.Duplicate).Select(s => FixtureExpectations.Key(s.Url)),
                Is.EquivalentTo(duplicates.Select(FixtureExpectations.Key)));
            Assert.That(skipped, Has.Count.EqualTo(disallowed.Count + duplicates.Count));
            Assert.That(fetched.Select(f => f.Document.Source), Has.All.EqualTo(site));
            Assert.That(fetched.Where(f => f.Document.Hints?.Published is null).Select(f => f.Url), Is.Empty, "every document dated");
            Assert.That(fetched.Where(f => f.Document.Hints?.Title is null).Select(f => f.Url), Is.Empty, "every document titled");
        });
    }

    [TestCaseSource(nameof(Sites))]
    public async Task CrawlAsync_QuietSecondCrawl_AtLeastEightyPercentOfRequestsAnswered304(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        var source = CrawlHarness.Source(site);
        var (expected, _, _) = FixtureExpectations.For(site);
        await harness.CrawlAsync(source);
        harness.Server.ClearLog();

        var second = await harness.CrawlAsync(source);

        var requests = harness.Server.Requests;
        var share = requests.Count(r => r.Status == 304) / (double)requests.Count;
        await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{site}: second crawl {requests.Count(r => r.Status == 304)} of {requests.Count} requests answered 304 ({share:P0}); others: {string.Join(", ", requests.Where(r => r.Status != 304).Select(r => r.Status + " " + r.PathAndQuery))}"));
        Assert.Multiple(() =>
        {
            Assert.That(share, Is.GreaterThanOrEqualTo(MinNotModifiedShare));
            Assert.That(second.OfType<CrawlOutcome.Fetched>(), Is.Empty, "nothing new on a quiet night");
            Assert.That(second.OfType<CrawlOutcome.NotModified>().Select(n => FixtureExpectations.Key(n.Url)), Is.EquivalentTo(expected.Select(FixtureExpectations.Key)));
            Assert.That(requests.Where(r => r.Status == 200).Select(r => r.PathAndQuery), Is.Empty, "every page re-requested with its validators");
            Assert.That(second.OfType<CrawlOutcome.Failed>(), Is.Empty);
        });
    }

    [Test]
    public async Task CrawlAsync_Hmip_HintsComeFromTheDefinitionRules()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipSite.Name);

        var fetched = (await harness.CrawlAsync(CrawlHarness.Source(HmipSite.Name))).OfType<CrawlOutcome.Fetched>()
            .ToDictionary(f => FixtureExpectations.Key(f.Url), f => f.Document);

        foreach (var d in HmipSite.Documents.Where(d => !d.Disallowed))
        {
            var page = fetched[FixtureExpectations.Key(HmipSite.Origin + d.Path)];
            var kind = d.Path.StartsWith("/news/", StringComparison.Ordinal) ? DocumentKinds.PressRelease
                : d.Title.Contains("annual report", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.AnnualReport
                : d.Title.Contains("thematic", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.ThematicReport : DocumentKinds.InspectionReport;
            Assert.That(page.Hints, Is.EqualTo(new PageHints(d.Title, d.Date, kind)), d.Slug);
            if (d.PdfPath is { } pdfPath)
            {
                var pdf = fetched[FixtureExpectations.Key(HmipSite.Origin + pdfPath)];
                Assert.That(pdf.Hints, Is.EqualTo(new PageHints(d.Title, d.Date, kind)), d.Slug);
                Assert.That(pdf.ContentType, Is.EqualTo("application/pdf"));
            }
        }
    }

    [Test]
    public async Task CrawlAsync_HmipLegacy_InspectionTypesComeFromTheFilterForm()
    {
        await using var harness = await CrawlHarness.StartAsync(HmipLegacySite.Name);

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(HmipLegacySite.Name));

        var requested = harness.Server.Requests.Select(r => r.PathAndQuery).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requested, Does.Contain("/hmiprobation/inspections/?probation-inspection-type=" + HmipLegacySite.YouthType));
            Assert.That(requested, Does.Contain("/hmiprobation/inspections/?probation-inspection-type=" + HmipLegacySite.ProbationType));
            Assert.That(requested, Has.None.Contains("=adult"), "no guessed type");
            Assert.That(summary.Routes!.Routes.Single(r => r.Name == "listing /hmiprobation/inspections/?probation-inspection-type=" + HmipLegacySite.YouthType).Documents,
                Is.EqualTo(HmipLegacySite.Inspections.Count(HmipLegacySite.Youth)));
        });
    }

    [Test]
    public async Task CrawlAsync_Napo_NodeAliasIsOneDocumentKeptUnderItsCanonicalUrl()
    {
        await using var harness = await CrawlHarness.StartAsync(NapoSite.Name);

        var outcomes = await harness.CrawlAsync(CrawlHarness.Source(NapoSite.Name));

        var fetched = outcomes.OfType<CrawlOutcome.Fetched>().Select(f => f.Document.Location).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fetched, Does.Contain(NapoSite.Origin + NapoSite.NodeOnly.Path), "a /node/<n> page is kept under its canonical alias");
            Assert.That(fetched, Has.None.Contains("/node/"));
            Assert.That(fetched.Count(u => u == NapoSite.Origin + NapoSite.NodeWithListedAlias.Path), Is.EqualTo(1));
            Assert.That(harness.Server.Requests.Count(r => r.PathAndQuery == "/napo-hq-blog?page=" + ((NapoSite.Blog.Count + NapoSite.PageSize - 1) / NapoSite.PageSize)), Is.EqualTo(1),
                "a pager without 'next' links: paging stops at the repeated last page");
            Assert.That(harness.Server.Requests.Select(r => r.PathAndQuery), Has.None.EqualTo("/news?page=" + ((NapoSite.News.Count + NapoSite.PageSize - 1) / NapoSite.PageSize)),
                "a pager whose 'next' link is gone: nothing asked past the last page");
        });
    }

    [TestCase(HmipSite.Name, "sitemap /sitemap.xml", "listing /news/")]
    [TestCase(NapoMagazineSite.Name, "sitemap /wp-sitemap.xml", "listing /")]
    public async Task CrawlAsync_RouteMissesADocument_SummaryCountsRoutesAndFlagsTheGap(string site, string sitemapRoute, string listingRoute)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        var missing = site == HmipSite.Name ? HmipSite.NotInSitemap : NapoMagazineSite.NotInSitemap;
        var origin = site == HmipSite.Name ? HmipSite.Origin : NapoMagazineSite.Origin;

        var summary = await harness.CrawlSummaryAsync(CrawlHarness.Source(site));

        var routes = summary.Routes!;
        var lines = summary.ToLines();
        await TestContext.Out.WriteLineAsync(string.Join('\n', lines));
        Assert.Multiple(() =>
        {
            Assert.That(routes.Routes.Select(r => r.Name), Does.Contain(sitemapRoute).And.Contain(listingRoute));
            Assert.That(routes.Routes.Single(r => r.Name == sitemapRoute).Complete, Is.True);
            Assert.That(routes.Gaps.Select(g => (FixtureExpectations.Key(g.Url), g.ListedBy, g.MissedBy)),
                Is.EquivalentTo(new[] { (FixtureExpectations.Key(origin + missing.Path), listingRoute, sitemapRoute) }));
            Assert.That(lines, Has.Some.StartsWith($"  route {sitemapRoute}: ").And.Some.Contains($"gap: {origin}{missing.Path}"));
            Assert.That(summary.Fetched, Is.EqualTo(FixtureExpectations.For(site).Fetched.Count), "the union loses nothing");
        });
    }

    [TestCaseSource(nameof(Sites))]
    [NonParallelizable]
    public async Task CrawlAsync_RobotsTxt_DisallowedPathsAreNeverRequestedAndDelayIsKept(string site)
    {
        await using var harness = await CrawlHarness.StartAsync(site);
        await harness.CrawlAsync(CrawlHarness.Source(site));
        var requests = harness.Server.Requests;
        var (_, disallowed, _) = FixtureExpectations.For(site);

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
