using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TextMiner.Core.Records;
using TextMiner.Search.Indexing;
using TextMiner.Search.Querying;
using TextMiner.Search.Thesaurus;
using TextMiner.TestSupport;

namespace TextMiner.Search.Tests.Querying;

/// <summary>
/// The hits and their order are those of Lucene's own sorted search (heading-only paragraphs last or newest first,
/// then score, then unit id) over an index of several segments whose units tie on score: the same paragraphs in many
/// documents, some dated the same day, some undated, some paragraphs only a heading.
/// </summary>
public sealed class TopUnitsOrderTests
{
    // The sort numbers are four big-endian bytes (SortKey), so Lucene's sort by their bytes is their numeric order, a unit
    // without one first (as 0 was for a numeric sort).
    private static readonly Sort ByRelevance = new(
        new SortField(IndexFields.SortHeadingOnly, SortFieldType.STRING), SortField.FIELD_SCORE, new SortField(IndexFields.SortUnitId, SortFieldType.STRING));

    private static readonly Sort ByDate = new(
        new SortField(IndexFields.SortPublished, SortFieldType.STRING, true), SortField.FIELD_SCORE, new SortField(IndexFields.SortUnitId, SortFieldType.STRING));

    private static readonly string[] Texts =
    [
        "Caseloads were too high in every team we inspected.",
        "Victim contact was offered late and letters were not sent.",
        "Staff told us caseloads and vacancies left no time for victim work.",
        "Caseloads",
        "Recruitment of probation officers has not kept pace with vacancies.",
    ];

    private TempDirectory temp = null!;
    private SearchIndex index = null!;

    [OneTimeSetUp]
    public void BuildIndex()
    {
        temp = new TempDirectory();
        index = SearchIndex.Open(temp.Combine("index"));

        // Committed in batches, so the index has several segments and ties are broken across them.
        for (var batch = 0; batch < 5; batch++)
        {
            for (var i = 0; i < 12; i++)
            {
                var number = (batch * 12) + i;
                var paragraphs = Enumerable.Range(0, 4)
                    .Select(p => new Paragraph(p, Texts[(number + p) % Texts.Length], Heading: p == 3 ? "Caseloads" : null))
                    .ToList();
                DateOnly? published = number % 4 == 0 ? null : new DateOnly(2020 + (number % 3), 1 + (number % 2), 1);
                var document = new Document($"doc-{(number * 7) % 60:D2}", "v1", "local", $"/tmp/{number}.txt", "A report", published, DocumentKinds.Document, paragraphs);
                index.Replace(new AnalysedDocument(document, Findings.Empty, [], paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(), DateTimeOffset.UnixEpoch));
            }

            index.Commit();
        }
    }

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        index.Dispose();
        temp.Dispose();
    }

    [Test]
    public void Index_HasSeveralSegments()
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(temp.Combine("index")));

        Assert.That(reader.Leaves, Has.Count.GreaterThan(1));
    }

    [TestCase("caseloads", Unit.Paragraph, SearchSort.Relevance, 10, 0)]
    [TestCase("caseloads", Unit.Paragraph, SearchSort.Relevance, 25, 40)]
    [TestCase("caseloads OR victim", Unit.Paragraph, SearchSort.Relevance, 1000, 0)]
    [TestCase("caseloads OR victim", Unit.Paragraph, SearchSort.Date, 20, 5)]
    [TestCase("\"victim contact\"", Unit.Paragraph, SearchSort.Relevance, 10, 0)]
    [TestCase("vacan*", Unit.Document, SearchSort.Relevance, 10, 0)]
    [TestCase("", Unit.Document, SearchSort.Date, 1000, 0)]
    [TestCase("", Unit.Paragraph, SearchSort.Relevance, 30, 100)]
    public void Search_GivesLuceneSortedOrder(string query, Unit unit, SearchSort sort, int limit, int offset)
    {
        var request = new SearchRequest(query, unit, Sort: sort, Limit: limit, Offset: offset);

        var hits = index.Search(request);

        var expected = LuceneSorted(request);
        Assert.That(hits.Hits.Select(h => h.Id), Is.EqualTo(expected.Ids));
        Assert.That(hits.Hits.Select(h => h.Score), Is.EqualTo(expected.Scores));
        Assert.That(hits.Total, Is.EqualTo(expected.Total));
    }

    [Test]
    public void Search_FacetsOverSeveralSegments_CountEveryDocument()
    {
        var expected = Enumerable.Range(0, 60)
            .Where(number => number % 4 != 0)
            .GroupBy(number => (2020 + (number % 3)).ToString(CultureInfo.InvariantCulture))
            .ToDictionary(group => group.Key, group => group.Count());

        var facets = index.Search(new SearchRequest(Unit: Unit.Document)).Facets;

        Assert.Multiple(() =>
        {
            Assert.That(facets.Year, Is.EquivalentTo(expected));
            Assert.That(facets.Source, Is.EquivalentTo(new Dictionary<string, int> { ["local"] = 60 }));
        });
    }

    /// <summary>The reference: Lucene's TopFieldCollector over the same query and filter, on a reader of the committed index.</summary>
    private (List<string> Ids, List<float> Scores, int Total) LuceneSorted(SearchRequest request)
    {
        using var reader = DirectoryReader.Open(FSDirectory.Open(temp.Combine("index")));
        var searcher = new IndexSearcher(reader);
        var collector = TopFieldCollector.Create(
            request.Sort == SearchSort.Date ? ByDate : ByRelevance, request.Offset + request.Limit, true, true, false, false);
        searcher.Search(SearchQueryBuilder.ParseQuery(request, DomainThesaurus.Default), SearchQueryBuilder.BuildFilter(request), collector);
        var top = collector.GetTopDocs(request.Offset, request.Limit);
        return (
            top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.UnitId)).ToList(),
            top.ScoreDocs.Select(d => d.Score).ToList(),
            top.TotalHits);
    }
}
