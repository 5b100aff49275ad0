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

    [Test]
    public async Task Rebuild_AddingOnEveryCore_GivesTheSameHitsAsTheIndexBuiltOneDocumentAtATime()
    {
        using var temp = new TempDirectory();
        await using var workspace = await SeedWorkspace.CreateAsync(temp.Path);
        string[] queries = ["probation", "victim* OR caseloads", "\"work with victims\"", ""];
        var before = queries.SelectMany(q => Describe(workspace.Index, q)).ToList();

        var count = await workspace.Sync.RebuildAsync(CancellationToken.None);

        var stored = await workspace.Store.GetAllVersionsAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(stored.Count));
            Assert.That(workspace.Index.GetIndexedVersions(), Is.EquivalentTo(stored.ToDictionary(v => v.Id, v => v.Version)));

            // A paragraph's title, date and location come from its document unit, found by its offset in the block.
            Assert.That(queries.SelectMany(q => Describe(workspace.Index, q)).ToList(), Is.EqualTo(before));
        });
    }

    private static IEnumerable<string> Describe(SearchIndex index, string query) =>
        new[] { Unit.Document, Unit.Paragraph, Unit.Quote }.SelectMany(unit =>
        {
            var response = index.Search(new SearchRequest(query, unit, Limit: 1000));
            return response.Hits
                .Select(h => $"{unit} {query}: {h.Id} {h.DocumentId} {h.Title} {h.Location} {h.Published} {h.Score} {h.Snippet.Text}")
                .Append($"{unit} {query}: {response.Total} {string.Join(",", response.Facets.ByName.SelectMany(f => f.Value.Select(v => f.Key + "=" + v.Key + ":" + v.Value)))}");
        });
}
