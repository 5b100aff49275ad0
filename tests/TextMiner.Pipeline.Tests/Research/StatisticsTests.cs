using TextMiner.Pipeline.Research.Stats;
using TextMiner.Storage.Statistics;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

public sealed class StatisticsTests
{
    private TempDirectory temp = null!;
    private Workspace workspace = null!;
    private ResearchStatistics statistics = null!;

    [OneTimeSetUp]
    public async Task CreateWorkspace()
    {
        temp = new TempDirectory();
        workspace = await SeedWorkspace.CreateAsync(temp.Combine("data"));
        statistics = await workspace.Store.Statistics.ComputeAsync(StatisticsService.DefaultTop, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DisposeWorkspace()
    {
        await workspace.DisposeAsync();
        temp.Dispose();
    }

    [Test]
    public async Task Compute_Totals_MatchStore()
    {
        var store = await workspace.Store.GetStatisticsAsync(CancellationToken.None);

        Assert.That(statistics.Totals, Is.EqualTo(new StatisticsTotals(store.Documents, store.Paragraphs, store.Ratings, store.Figures, store.Quotes)));
        Assert.That(statistics.DocumentsBySourceAndYear.Sum(d => d.Documents), Is.EqualTo(store.Documents));
        Assert.That(statistics.RatingsByYearSourceAndAspect.Sum(r => r.Ratings), Is.EqualTo(store.Ratings));
        Assert.That(statistics.FiguresOverTime.Sum(s => s.Points.Count), Is.EqualTo(store.Figures));
    }

    [Test]
    public void Compute_GeneratedReport_CountedBySourceYearAndAspect()
    {
        Assert.That(statistics.DocumentsBySourceAndYear, Does.Contain(new DocumentCount("bench", 2015, 1)));
        Assert.That(
            statistics.RatingsByYearSourceAndAspect,
            Does.Contain(new RatingCount(2015, "bench", "overall", "Requires improvement", SeedWorkspace.GeneratedParagraphs / 4)));
        Assert.That(statistics.TopSpeakers.Select(s => s.Speaker), Does.Contain("Jane Smith"));
    }

    [Test]
    public void Compute_FigureSeries_OldestFirstWithEvidence()
    {
        Assert.That(statistics.FiguresOverTime, Is.Not.Empty);
        foreach (var series in statistics.FiguresOverTime)
        {
            var dates = series.Points.Select(p => p.Published ?? DateOnly.MaxValue).ToList();
            Assert.That(dates, Is.Ordered, series.Kind);
            Assert.That(series.Points.Select(p => p.Evidence), Has.None.Empty, series.Kind);
        }
    }

    [Test]
    public void Compute_TopLists_SortedAndLimited()
    {
        Assert.That(statistics.TopThemes.Select(t => t.Documents), Is.Ordered.Descending);
        Assert.That(statistics.TopThemes, Has.Count.InRange(1, StatisticsService.DefaultTop));
        Assert.That(statistics.TopSpeakers.Select(s => s.Quotes), Is.Ordered.Descending);
    }

    [Test]
    public void Json_RoundTrips()
    {
        var first = new StringWriter();
        StatisticsJson.Write(statistics, first);
        var second = new StringWriter();
        StatisticsJson.Write(StatisticsJson.Read(first.ToString()), second);

        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(first.ToString(), Does.Contain("\"documentsBySourceAndYear\"").And.Contain("\"figuresOverTime\""));
    }

    [Test]
    public void Table_HasEverySection()
    {
        var output = new StringWriter();
        StatisticsTableWriter.Write(statistics, output);

        Assert.That(output.ToString(), Does.Contain("Documents by source and year:")
            .And.Contain("Ratings by year, source and aspect:")
            .And.Contain("Figures: vacancy-rate over time:")
            .And.Contain("Top speakers:")
            .And.Contain("Top themes:"));
    }
}
