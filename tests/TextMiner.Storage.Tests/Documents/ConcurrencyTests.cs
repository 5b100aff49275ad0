using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class ConcurrencyTests
{
    [Test]
    public async Task SaveAsync_ManyConcurrentSavesAndReads_AllStoredAndReadsNeverFail()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();
        var saves = Enumerable.Range(0, 24)
            .Select(i => store.SaveAsync(template with { Document = template.Document with { Id = $"d{i:00}" } }, CancellationToken.None));
        var reads = Enumerable.Range(0, 24).Select(async i =>
        {
            await Task.Yield();
            return await store.GetStatisticsAsync(CancellationToken.None);
        });

        var results = await Task.WhenAll(saves);
        await Task.WhenAll(reads);

        Assert.That(results.Select(r => r.Outcome), Is.All.EqualTo(SaveOutcome.New));
        Assert.That((await store.GetAllVersionsAsync(CancellationToken.None)).Count, Is.EqualTo(24));
    }

    [Test]
    public async Task SaveAsync_TwoStoresOnOneFile_BothWritersSucceed()
    {
        // Two processes (here two stores) on one file take turns through SQLite's lock and busy timeout.
        using var directory = new TempDirectory();
        await using var first = await StoreFixture.OpenAsync(directory);
        await using var second = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? first : second).SaveAsync(template with { Document = template.Document with { Id = $"d{i}" } }, CancellationToken.None)));

        Assert.That((await second.GetAllVersionsAsync(CancellationToken.None)).Count, Is.EqualTo(10));
        Assert.That(await first.CheckIntegrityAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task DisposeAsync_ThenUse_ThrowsObjectDisposed()
    {
        using var directory = new TempDirectory();
        var store = await StoreFixture.OpenAsync(directory);
        await store.DisposeAsync();
        await store.DisposeAsync();

        Assert.ThrowsAsync<ObjectDisposedException>(() => store.SaveAsync(TestDocuments.Hmip(), CancellationToken.None));
        Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync("x", CancellationToken.None));
    }

    [Test]
    public async Task DisposeAsync_OpenStore_CheckpointsAndRemovesTheLog()
    {
        using var directory = new TempDirectory();
        var store = await StoreFixture.OpenAsync(directory);
        await store.SaveAsync(TestDocuments.Hmip(), CancellationToken.None);
        await store.GetAsync("x", CancellationToken.None);

        await store.DisposeAsync();

        Assert.That(File.Exists(store.DatabasePath + "-wal"), Is.False);
    }
}
