using TextMiner.Search;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

public sealed class IndexSynchroniserTests
{
    [Test]
    public async Task CatchUp_DocumentDeletedFromStore_LeavesIndexAndClearsItsTombstone()
    {
        using var temp = new TempDirectory();
        await using var workspace = await SeedWorkspace.CreateAsync(temp.Path);
        var deleted = (await workspace.Store.GetAllVersionsAsync(CancellationToken.None))[0].Id;
        await workspace.Store.DeleteAsync(deleted, CancellationToken.None);

        var first = await workspace.Sync.CatchUpAsync(CancellationToken.None);
        var second = await workspace.Sync.CatchUpAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(1));
            Assert.That(second, Is.Zero, "the tombstone is handled once, not on every run");
            Assert.That(workspace.Index.GetIndexedVersions().Keys, Does.Not.Contain(deleted));
            Assert.That(workspace.Index.Search(new SearchRequest(Unit: Unit.Document, Limit: 100)).Hits.Select(h => h.DocumentId), Does.Not.Contain(deleted));
        });
    }
}
