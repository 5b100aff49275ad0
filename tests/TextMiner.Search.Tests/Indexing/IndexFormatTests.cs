using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TextMiner.Search.Analysis;
using TextMiner.TestSupport;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>An index written in another layout is never searched: a writer starts it afresh, a reader says to reindex.</summary>
public sealed class IndexFormatTests
{
    [Test]
    public void Open_IndexWithoutFormat_StartsEmptyAndNeedsRebuild()
    {
        using var temp = new TempDirectory();
        WriteOldLayoutIndex(temp.Path);

        using var index = SearchIndex.Open(temp.Path);

        Assert.Multiple(() =>
        {
            Assert.That(index.NeedsRebuild, Is.True);
            Assert.That(index.IsEmpty, Is.True, "units of the old layout are not searched");
        });
    }

    [Test]
    public void Open_AfterRebuildCommitted_NoLongerNeedsRebuildAndReadsBack()
    {
        using var temp = new TempDirectory();
        WriteOldLayoutIndex(temp.Path);
        using (var index = SearchIndex.Open(temp.Path))
        {
            index.Clear();
            index.Replace(KentReport());
            index.Commit();
            Assert.That(index.NeedsRebuild, Is.False);
        }

        using var reopened = SearchIndex.Open(temp.Path);
        using var reader = SearchIndex.OpenReadOnly(temp.Path);

        Assert.Multiple(() =>
        {
            Assert.That(reopened.NeedsRebuild, Is.False);
            Assert.That(reader.Search(new SearchRequest("MAPPA")).Total, Is.EqualTo(1));
        });
    }

    [Test]
    public void Open_RebuildNotCommitted_LeavesTheOldIndexAndStillNeedsRebuild()
    {
        using var temp = new TempDirectory();
        WriteOldLayoutIndex(temp.Path);
        using (var index = SearchIndex.Open(temp.Path))
        {
            index.Replace(KentReport());
        }

        using var again = SearchIndex.Open(temp.Path);

        Assert.That(again.NeedsRebuild, Is.True);
    }

    [Test]
    public void OpenReadOnly_OldLayout_RefusesSayingToReindex()
    {
        using var temp = new TempDirectory();
        WriteOldLayoutIndex(temp.Path);

        var error = Assert.Throws<SearchIndexException>(() => SearchIndex.OpenReadOnly(temp.Path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo(SearchErrorCodes.IndexOutdated));
            Assert.That(error.Message, Does.Contain(temp.Path).And.Contain("textminer reindex"));
        });
    }

    [Test]
    public void Open_NewIndex_DoesNotNeedRebuild()
    {
        using var temp = new TempDirectory();

        using var index = SearchIndex.Open(temp.Path);

        Assert.That(index.NeedsRebuild, Is.False);
    }

    /// <summary>An index as the first layout wrote it: units with stored text and no format in the commit.</summary>
    private static void WriteOldLayoutIndex(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.PerField));
        writer.AddDocument(new Document
        {
            new StringField("unit", "paragraph", Field.Store.YES),
            new TextField("text", "MAPPA arrangements worked well", Field.Store.YES),
        });
        writer.Commit();
    }
}
