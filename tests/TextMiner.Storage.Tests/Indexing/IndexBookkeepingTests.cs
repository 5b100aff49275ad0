using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Indexing;

public sealed class IndexBookkeepingTests
{
    [Test]
    public async Task GetIdsNeedingIndexAsync_NewDocuments_ReturnsThemAll()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "b", "v1");
        await SaveAsync(store, "a", "v1");

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task MarkIndexedAsync_CurrentVersions_NothingNeedsIndex()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await SaveAsync(store, "b", "v1");

        await store.MarkIndexedAsync([("a", "v1"), ("b", "v1")], CancellationToken.None);

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
        Assert.That((await store.GetVersionAsync("a", CancellationToken.None))!.IsIndexed, Is.True);
        Assert.That((await store.GetStatisticsAsync(CancellationToken.None)).PendingIndex, Is.Zero);
    }

    [Test]
    public async Task SaveAsync_NewVersionOfIndexedDocument_NeedsIndexAgain()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await SaveAsync(store, "b", "v1");
        await store.MarkIndexedAsync([("a", "v1"), ("b", "v1")], CancellationToken.None);

        await SaveAsync(store, "b", "v2");

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { "b" }));
        Assert.That((await store.GetVersionAsync("b", CancellationToken.None))!.IndexedVersion, Is.EqualTo("v1"));
    }

    [Test]
    public async Task MarkIndexedAsync_StaleVersion_DocumentStillNeedsIndex()
    {
        // The indexer read v1, a save of v2 landed before it marked: v2 must still be indexed.
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await SaveAsync(store, "a", "v2");

        await store.MarkIndexedAsync([("a", "v1")], CancellationToken.None);

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public async Task DeleteAsync_IndexedDocument_LeavesTombstoneUntilRemovedFromIndex()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await store.MarkIndexedAsync([("a", "v1")], CancellationToken.None);

        await store.DeleteAsync("a", CancellationToken.None);
        var pending = await store.GetIdsNeedingIndexAsync(CancellationToken.None);
        await store.MarkIndexedAsync([("a", DocumentStore.RemovedFromIndex)], CancellationToken.None);

        Assert.That(pending, Is.EqualTo(new[] { "a" }));
        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task MarkIndexedAsync_DeletedVersionWrittenToIndex_KeepsTombstone()
    {
        // The indexer read v1 and wrote it to the index just as v1 was deleted: the index must still drop it.
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await store.DeleteAsync("a", CancellationToken.None);

        await store.MarkIndexedAsync([("a", "v1")], CancellationToken.None);

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public async Task SaveAsync_AfterDelete_ClearsTombstoneAndNeedsIndexOnce()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await store.MarkIndexedAsync([("a", "v1")], CancellationToken.None);
        await store.DeleteAsync("a", CancellationToken.None);

        await SaveAsync(store, "a", "v1");
        await store.MarkIndexedAsync([("a", "v1")], CancellationToken.None);

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task MarkAllForReindexAsync_IndexedDocuments_AllNeedIndex()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "a", "v1");
        await SaveAsync(store, "b", "v1");
        await store.MarkIndexedAsync([("a", "v1"), ("b", "v1")], CancellationToken.None);

        await store.MarkAllForReindexAsync(CancellationToken.None);

        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task GetAllVersionsAsync_SavedAndUpdated_ReturnsCurrentVersionsById()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await SaveAsync(store, "b", "v1");
        await SaveAsync(store, "a", "v1");
        await SaveAsync(store, "b", "v2");

        Assert.That(await store.GetAllVersionsAsync(CancellationToken.None), Is.EqualTo(new[] { ("a", "v1"), ("b", "v2") }));
    }

    private static Task<SaveResult> SaveAsync(DocumentStore store, string id, string version)
    {
        var template = TestDocuments.Hmip(version);
        return store.SaveAsync(template with { Document = template.Document with { Id = id } }, CancellationToken.None);
    }
}
