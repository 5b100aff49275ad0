using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Crawling;

public sealed class CrawlStateStoreTests
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 6, 9, 30, 15, 123, TimeSpan.FromHours(1));

    private static CrawlRecord Full() => new(
        Url: "https://www.napo.org.uk/news/some-press-release",
        Source: "napo",
        ETag: "\"abc123\"",
        LastModified: new DateTimeOffset(2019, 3, 6, 12, 0, 0, TimeSpan.Zero),
        Sha256: new string('a', 64),
        FirstSeen: Seen,
        LastSeen: Seen.AddDays(1),
        LastFetched: Seen.AddDays(1).AddMinutes(2),
        LastStatus: 200,
        LastError: null);

    [Test]
    public async Task PutAsync_FullRecord_GetAsyncReturnsEveryField()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var record = Full();

        await store.CrawlState.PutAsync(record, CancellationToken.None);
        var read = await store.CrawlState.GetAsync(record.Url, CancellationToken.None);

        Assert.That(read, Is.EqualTo(record));
        Assert.That(read!.FirstSeen.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [Test]
    public async Task PutAsync_RecordWithNulls_RoundTripsNulls()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var record = new CrawlRecord("https://example.test/a", "hmip", null, null, null, Seen, Seen, null, null, "timeout");

        await store.CrawlState.PutAsync(record, CancellationToken.None);

        Assert.That(await store.CrawlState.GetAsync(record.Url, CancellationToken.None), Is.EqualTo(record));
    }

    [Test]
    public async Task GetAsync_UnknownUrl_ReturnsNull()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        Assert.That(await store.CrawlState.GetAsync("https://example.test/none", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task PutAsync_SameUrlTwice_UpdatesValidatorsAndKeepsFirstSeen()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var first = Full();
        var second = first with
        {
            ETag = "\"def456\"",
            FirstSeen = Seen.AddDays(5),
            LastSeen = Seen.AddDays(5),
            LastStatus = 304,
            LastError = "not modified",
        };

        await store.CrawlState.PutAsync(first, CancellationToken.None);
        await store.CrawlState.PutAsync(second, CancellationToken.None);
        var read = await store.CrawlState.GetAsync(first.Url, CancellationToken.None);

        Assert.That(read, Is.EqualTo(second with { FirstSeen = first.FirstSeen }));
        Assert.That(await StoreFixture.ScalarAsync(store.DatabasePath, "SELECT COUNT(*) FROM crawl_state"), Is.EqualTo(1));
    }

    [Test]
    public async Task PutAsync_AfterReopen_RecordIsStillThere()
    {
        using var directory = new TempDirectory();
        var record = Full();
        await using (var store = await StoreFixture.OpenAsync(directory))
        {
            await store.CrawlState.PutAsync(record, CancellationToken.None);
        }

        await using var reopened = await StoreFixture.OpenAsync(directory);

        Assert.That(await reopened.CrawlState.GetAsync(record.Url, CancellationToken.None), Is.EqualTo(record));
    }

    [Test]
    public async Task ReadAllAsync_BySource_ReturnsThatSourceOrderedByUrl()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        foreach (var (url, source) in new[] { ("https://b.test/2", "napo"), ("https://a.test/1", "hmip"), ("https://a.test/0", "napo") })
        {
            await store.CrawlState.PutAsync(Full() with { Url = url, Source = source }, CancellationToken.None);
        }

        var urls = new List<string>();
        await foreach (var record in store.CrawlState.ReadAllAsync("napo", CancellationToken.None))
        {
            urls.Add(record.Url);
        }

        Assert.That(urls, Is.EqualTo(new[] { "https://a.test/0", "https://b.test/2" }));
    }
}
