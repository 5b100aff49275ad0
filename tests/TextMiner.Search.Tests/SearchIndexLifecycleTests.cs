using TextMiner.TestSupport;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests;

public sealed class SearchIndexLifecycleTests
{
    [Test]
    public void Replace_SameDocumentTwice_DoesNotDuplicateUnitsOrHits()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        index.Replace(KentReport());
        index.Commit();
        index.Replace(KentReport());
        index.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(index.Count(Unit.Document), Is.EqualTo(1));
            Assert.That(index.Count(Unit.Paragraph), Is.EqualTo(4));
            Assert.That(index.Count(Unit.Quote), Is.EqualTo(1));
            Assert.That(index.Search(new SearchRequest("MAPPA")).Total, Is.EqualTo(1));
        });
    }

    [Test]
    public void Replace_NewVersion_ReplacesOldUnits()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        index.Replace(KentReport());
        var changed = KentReport("v2");
        var paragraphs = changed.Document.Paragraphs.Take(2).ToList();
        index.Replace(changed with { Document = changed.Document with { Paragraphs = paragraphs } });
        index.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(index.GetIndexedVersions(), Is.EquivalentTo(new Dictionary<string, string> { [Kent] = "v2" }));
            Assert.That(index.Count(Unit.Paragraph), Is.EqualTo(2));
            Assert.That(index.Search(new SearchRequest("MAPPA")).Total, Is.Zero);
        });
    }

    [Test]
    public void Delete_Document_RemovesEveryUnit()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        index.Replace(KentReport());
        index.Replace(All()[0]);
        index.Delete(Kent);
        index.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(index.GetIndexedVersions().Keys, Is.EqualTo(new[] { LondonNapo }));
            Assert.That(index.Count(Unit.Quote), Is.Zero);
        });
    }

    [Test]
    public void ClearAndReAdd_GivesIdenticalResults()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        Fill(index);
        string[] queries = ["victims", "\"Victim Contact Scheme\"", "CRC", "workload*", "published:[2019 TO 2021]"];
        var before = queries.Select(q => Snapshot(index, q)).ToList();

        index.Clear();
        index.Commit();
        var cleared = index.Count(Unit.Paragraph);
        Fill(index);
        var after = queries.Select(q => Snapshot(index, q)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cleared, Is.Zero);
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public void Dispose_WithoutCommit_KeepsTheLastCommit()
    {
        using var temp = new TempDirectory();
        using (var index = SearchIndex.Open(temp.Path))
        {
            index.Replace(KentReport());
            index.Commit();
            index.Replace(All()[0]);
            index.Delete(Kent);
        }

        using var reopened = SearchIndex.Open(temp.Path);

        Assert.That(reopened.GetIndexedVersions().Keys, Is.EqualTo(new[] { Kent }));
    }

    [Test]
    public void Search_EmptyIndex_SaysSo()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);

        var response = index.Search(new SearchRequest("victims"));

        Assert.Multiple(() =>
        {
            Assert.That(response.IndexIsEmpty, Is.True);
            Assert.That(index.IsEmpty, Is.True);
            Assert.That(response.Hits, Is.Empty);
        });
    }

    [Test]
    public void Search_IndexWithDocuments_IsNotEmpty()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        index.Replace(KentReport());

        Assert.Multiple(() =>
        {
            Assert.That(index.IsEmpty, Is.False);
            Assert.That(index.Search(new SearchRequest("nothingmatchesthis")).IndexIsEmpty, Is.False);
        });
    }

    [Test]
    public void Open_WhileAnotherWriterHoldsTheLock_ThrowsIndexLocked()
    {
        using var temp = new TempDirectory();
        using var first = SearchIndex.Open(temp.Path);

        var exception = Assert.Throws<SearchIndexException>(() => SearchIndex.Open(temp.Path));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.IndexLocked));
            Assert.That(exception.Message, Does.Contain("in use by another process"));
        });
    }

    [Test]
    public void Open_CorruptSegmentsFile_ThrowsIndexCorrupt()
    {
        using var temp = new TempDirectory();
        using (var index = SearchIndex.Open(temp.Path))
        {
            index.Replace(KentReport());
            index.Commit();
        }

        foreach (var segments in Directory.GetFiles(temp.Path, "segments_*"))
        {
            File.WriteAllBytes(segments, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        var exception = Assert.Throws<SearchIndexException>(() => SearchIndex.Open(temp.Path));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.IndexCorrupt));
            Assert.That(exception.Message, Does.Contain("textminer reindex").And.Not.Contain('\n'));
        });
    }

    [Test]
    public void OpenReadOnly_SeesCommitsAndRefusesChanges()
    {
        using var temp = new TempDirectory();
        using var reader = SearchIndex.OpenReadOnly(temp.Path);
        var emptyBefore = reader.Search(new SearchRequest("MAPPA")).IndexIsEmpty;
        using (var writer = SearchIndex.Open(temp.Path))
        {
            writer.Replace(KentReport());
            writer.Commit();
        }

        Assert.Multiple(() =>
        {
            Assert.That(emptyBefore, Is.True);
            Assert.That(reader.Search(new SearchRequest("MAPPA")).Total, Is.EqualTo(1));
            Assert.That(Assert.Throws<SearchIndexException>(() => reader.Delete(Kent))!.Code, Is.EqualTo(SearchErrorCodes.IndexReadOnly));
        });
    }

    private static void Fill(SearchIndex index)
    {
        foreach (var document in All())
        {
            index.Replace(document);
        }

        index.Commit();
    }

    private static string Snapshot(SearchIndex index, string query)
    {
        var response = index.Search(new SearchRequest(query, Unit.Paragraph, Limit: 50));
        return $"{response.Total}|" + string.Join(";", response.Hits.Select(h => $"{h.Id}:{h.Score:0.0000}:{h.Snippet.Text}"))
            + "|" + string.Join(";", response.Facets.ByName.SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Key}:{v.Value}")));
    }
}
