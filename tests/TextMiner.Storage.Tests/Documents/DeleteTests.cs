using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class DeleteTests
{
    [Test]
    public async Task DeleteAsync_StoredDocument_RemovesEveryRowAndHistory()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = UpdateTests.TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        await store.SaveAsync(second, CancellationToken.None);

        var deleted = await store.DeleteAsync(first.Document.Id, CancellationToken.None);

        Assert.That(deleted, Is.True);
        Assert.That(await store.GetAsync(first.Document.Id, CancellationToken.None), Is.Null);
        foreach (var table in new[] { "documents", "paragraphs", "ratings", "figures", "quotes", "document_versions" })
        {
            Assert.That(await StoreFixture.ScalarAsync(store.DatabasePath, $"SELECT COUNT(*) FROM {table}"), Is.Zero, table);
        }
    }

    [Test]
    public async Task DeleteAsync_UnknownId_ReturnsFalseAndLeavesNoTombstone()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        Assert.That(await store.DeleteAsync("missing", CancellationToken.None), Is.False);
        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }
}
