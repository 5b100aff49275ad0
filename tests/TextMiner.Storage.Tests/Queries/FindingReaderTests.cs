using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Queries;

public sealed class FindingReaderTests
{
    [Test]
    public async Task ReadRatingsAsync_TwoDocuments_CarriesProvenanceOrderedByPublication()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var hmip = TestDocuments.Hmip();
        var older = hmip with { Document = hmip.Document with { Id = "older", Published = new DateOnly(2018, 1, 1) } };
        var undated = hmip with { Document = hmip.Document with { Id = "aaa-undated", Published = null } };
        await store.SaveAsync(hmip, CancellationToken.None);
        await store.SaveAsync(undated, CancellationToken.None);
        await store.SaveAsync(older, CancellationToken.None);

        var ratings = await ToListAsync(store.ReadRatingsAsync(CancellationToken.None));

        Assert.That(ratings.Select(r => r.Document.Id), Is.EqualTo(new[] { "older", "older", hmip.Document.Id, hmip.Document.Id, "aaa-undated", "aaa-undated" }));
        Assert.That(ratings[2], Is.EqualTo(new StoredRating(
            new DocumentProvenance(
                hmip.Document.Id,
                "hmip-legacy",
                DocumentKinds.PressRelease,
                TestDocuments.HmipLocation,
                hmip.Document.Title,
                new DateOnly(2019, 5, 22),
                hmip.FetchedAt,
                "v1"),
            hmip.Findings.Ratings[0])));
    }

    [Test]
    public async Task ReadFiguresAsync_StoredDocument_ReturnsEveryFigureInOrder()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var hmip = TestDocuments.Hmip();
        await store.SaveAsync(hmip, CancellationToken.None);

        var figures = await ToListAsync(store.ReadFiguresAsync(CancellationToken.None));

        Assert.That(figures.Select(f => f.Figure), Is.EqualTo(hmip.Findings.Figures));
    }

    [Test]
    public async Task ReadQuotesAsync_StoredDocument_ReturnsQuotesWithThemes()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var hmip = TestDocuments.Hmip();
        await store.SaveAsync(hmip, CancellationToken.None);

        var quotes = await ToListAsync(store.ReadQuotesAsync(CancellationToken.None));

        Assert.That(Json.Of(quotes.Select(q => q.Quote)), Is.EqualTo(Json.Of(hmip.Findings.Quotes)));
        Assert.That(quotes.Select(q => q.Document.Sha256), Is.All.EqualTo("v1"));
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
