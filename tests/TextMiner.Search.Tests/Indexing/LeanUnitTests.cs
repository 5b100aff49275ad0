using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TextMiner.TestSupport;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>
/// Only the document unit holds the shared fields (as one doc value) and each text is stored once; paragraph and quote
/// hits read them from their document unit, and still come back whole, through merges and replacements.
/// </summary>
public sealed class LeanUnitTests
{
    [Test]
    public void Index_TextStoredOnceAndSharedFieldsOnlyOnDocumentUnits()
    {
        using var temp = new TempDirectory();
        using (var index = SearchIndex.Open(temp.Path))
        {
            foreach (var document in All())
            {
                index.Replace(document);
            }

            index.Commit();
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(temp.Path));
        using var reader = DirectoryReader.Open(directory);
        var units = Enumerable.Range(0, reader.MaxDoc).Select(reader.Document).ToList();
        var paragraphs = units.Where(d => d.Get("unit") == "paragraph").ToList();
        var documents = units.Where(d => d.Get("unit") == "document").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs, Is.Not.Empty);
            Assert.That(paragraphs.Select(p => p.Get("text")), Is.All.Not.Null);
            Assert.That(documents.Select(d => d.Get("text")), Is.All.Null, "a document's text is its paragraphs'");
            Assert.That(documents.Select(d => d.Get("doc_id")), Is.All.Not.Null, "kept to check versions against the store");
            foreach (var field in new[] { "title", "location", "source", "published_iso", "doc_id" })
            {
                Assert.That(paragraphs.Select(p => p.Get(field)), Is.All.Null, field);
            }

            foreach (var field in new[] { "title", "location", "source", "published_iso" })
            {
                Assert.That(documents.Select(d => d.Get(field)), Is.All.Null, field + ": read from the document unit's doc values");
            }
        });
    }

    [Test]
    public void Search_AfterReplacementsAndMerge_ParagraphHitsCarryTheirDocumentsFieldsAndText()
    {
        using var temp = new TempDirectory();
        var documents = All();
        using (var index = SearchIndex.Open(temp.Path))
        {
            foreach (var document in documents)
            {
                index.Replace(document);
                index.Commit();
            }

            // Replacing leaves deleted units between blocks; the merge below must keep every block whole and in order.
            index.Replace(KentReport("v2"));
            index.Replace(documents[0]);
            index.Commit();
        }

        MergeIntoOneSegment(temp.Path);
        using var merged = SearchIndex.OpenReadOnly(temp.Path);
        var hits = merged.Search(new SearchRequest("probation", Limit: 1000)).Hits;
        var byId = documents.ToDictionary(d => d.Document.Id);

        Assert.Multiple(() =>
        {
            Assert.That(hits, Has.Count.GreaterThan(5));
            foreach (var hit in hits)
            {
                var document = byId[hit.DocumentId].Document;
                var paragraph = document.Paragraphs.Single(p => p.Index == hit.Paragraph);
                Assert.That(hit.Title, Is.EqualTo(document.Title), hit.Id);
                Assert.That(hit.Location, Is.EqualTo(document.Location), hit.Id);
                Assert.That(hit.Published, Is.EqualTo(document.Published), hit.Id);
                Assert.That(Collapse(paragraph.Text), Does.Contain(Inner(hit.Snippet.Text)), hit.Id);
            }
        });
    }

    [Test]
    public void Search_QuoteHit_CarriesItsTextAndItsDocumentsFields()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        foreach (var document in All())
        {
            index.Replace(document);
        }

        index.Commit();

        var hit = index.Search(new SearchRequest("disappointed", Unit.Quote)).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.DocumentId, Is.EqualTo(LondonHmip));
            Assert.That(hit.QuoteText, Does.StartWith("We have found work with victims"));
            Assert.That(hit.Source, Is.EqualTo("hmip"));
            Assert.That(hit.Title, Is.Not.Empty);
        });
    }

    [Test]
    public void Search_WithoutFacetCounts_SameHitsAndNoFacets()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        foreach (var document in All())
        {
            index.Replace(document);
        }

        index.Commit();

        var counted = index.Search(new SearchRequest("probation"));
        var uncounted = index.Search(new SearchRequest("probation", CountFacets: false));

        Assert.Multiple(() =>
        {
            Assert.That(uncounted.Hits.Select(h => h.Id), Is.EqualTo(counted.Hits.Select(h => h.Id)));
            Assert.That(uncounted.Total, Is.EqualTo(counted.Total));
            Assert.That(counted.Facets.Source, Is.Not.Empty);
            Assert.That(uncounted.Facets.Source, Is.Empty);
        });
    }

    [Test]
    public void Replace_SameDocumentTwiceAfterClear_IndexesItOnce()
    {
        using var temp = new TempDirectory();
        using var index = SearchIndex.Open(temp.Path);
        index.Replace(KentReport());
        index.Commit();

        index.Clear();
        index.Replace(KentReport());
        index.Replace(KentReport("v2"));
        index.Commit();

        Assert.Multiple(() =>
        {
            Assert.That(index.Count(Unit.Document), Is.EqualTo(1));
            Assert.That(index.GetIndexedVersions()[Kent], Is.EqualTo("v2"));
        });
    }

    private static void MergeIntoOneSegment(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, WriterSettings.Create(OpenMode.APPEND));
        writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.FormatKey] = SearchIndex.Format });
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>A snippet without the ellipses that mark where the text was cut.</summary>
    private static string Inner(string snippet)
    {
        var inner = snippet.StartsWith("… ", StringComparison.Ordinal) ? snippet[2..] : snippet;
        return inner.EndsWith(" …", StringComparison.Ordinal) ? inner[..^2] : inner;
    }
}
