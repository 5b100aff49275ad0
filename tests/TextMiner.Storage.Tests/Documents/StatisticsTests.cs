using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class StatisticsTests
{
    [Test]
    public async Task GetStatisticsAsync_EmptyStore_CountsNothingButHasAFile()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.That(statistics with { FileSizeBytes = 0 }, Is.EqualTo(new StoreStatistics(0, statistics.DocumentsBySource, 0, 0, 0, 0, 0, 0, 0, 0)));
        Assert.That(statistics.DocumentsBySource, Is.Empty);
        Assert.That(statistics.FileSizeBytes, Is.GreaterThan(0));
    }

    [Test]
    public async Task GetStatisticsAsync_TwoSources_CountsBySourceAndRows()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();
        await store.SaveAsync(template, CancellationToken.None);
        await store.SaveAsync(template with { Document = template.Document with { Id = "n1", Source = "napo" } }, CancellationToken.None);
        await store.SaveAsync(template with { Document = template.Document with { Id = "n2", Source = "napo" } }, CancellationToken.None);
        await store.CrawlState.PutAsync(
            new CrawlRecord("https://napo.test/1", "napo", null, null, null, StoreFixture.Epoch, StoreFixture.Epoch, null, 200, null),
            CancellationToken.None);

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.That(statistics.DocumentsBySource, Is.EqualTo(new[] { new SourceCount("hmip-legacy", 1), new SourceCount("napo", 2) }));
        var paragraphs = template.Document.Paragraphs.Count;
        Assert.That(
            (statistics.Documents, statistics.Paragraphs, statistics.Ratings, statistics.Figures, statistics.Quotes, statistics.PendingIndex, statistics.CrawledUrls),
            Is.EqualTo((3L, 3L * paragraphs, 6L, 6L, 6L, 3L, 1L)));
    }
}
