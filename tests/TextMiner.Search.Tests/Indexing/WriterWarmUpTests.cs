using TextMiner.TestSupport;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>The writer's warm-up indexes its invented document in memory only: an index being rebuilt meanwhile is untouched.</summary>
public sealed class WriterWarmUpTests
{
    [Test]
    public async Task WarmUpWriter_WhileAnIndexIsRebuilt_LeavesThatIndexAsBuilt()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        var warmUp = Task.Run(SearchIndex.WarmUpWriter);
        index.Clear();
        foreach (var document in All())
        {
            index.Replace(document);
        }

        await warmUp;
        index.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(index.Count(Unit.Document), Is.EqualTo(All().Count));
            Assert.That(index.Search(new SearchRequest("id:warm-up", Unit.Document)).Total, Is.Zero);
            Assert.That(index.GetIndexedVersions().Keys, Is.EquivalentTo(All().Select(d => d.Document.Id)));
        });
    }
}
