using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>
/// A document unit's text is its paragraphs' joined, replayed from the paragraphs' analysed tokens: phrases across a
/// paragraph boundary must match it exactly as they match the same joined text analysed as one paragraph.
/// </summary>
public sealed class DocumentUnitTextTests
{
    private static readonly string[] Split = ["Staff said the caseloads of", "officers were too high for the", "the Chief Inspector."];

    private TempDirectory temp = null!;
    private SearchIndex index = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        index = SearchIndex.Open(temp.Combine("index"));
        Add("split", Split);
        Add("whole", [string.Join("\n\n", Split)]);
        index.Commit();
    }

    [TearDown]
    public void TearDown()
    {
        index.Dispose();
        temp.Dispose();
    }

    [TestCase("\"caseloads of officers\"", true)]
    [TestCase("\"caseloads officers\"", false)]
    [TestCase("\"caseloads of the officers\"", false)]
    [TestCase("\"high for the chief inspector\"", false)]
    [TestCase("\"high for the the chief inspector\"", true)]
    [TestCase("\"high chief\"~3", true)]
    [TestCase("\"high chief\"~2", false)]
    [TestCase("offic*", true)]
    public void Search_PhraseAcrossParagraphs_MatchesTheDocumentUnitAsTheJoinedText(string query, bool matches)
    {
        var hits = index.Search(new SearchRequest(query, Unit.Document)).Hits.Select(h => h.DocumentId).Order(StringComparer.Ordinal);

        Assert.That(hits, Is.EqualTo(matches ? new[] { "split", "whole" } : []));
    }

    [Test]
    public void Search_PhraseAcrossParagraphs_NoParagraphUnitOfTheSplitDocumentMatches()
    {
        var hits = index.Search(new SearchRequest("\"caseloads of officers\"", Unit.Paragraph)).Hits;

        Assert.That(hits.Select(h => h.DocumentId), Is.EqualTo(new[] { "whole" }));
    }

    private void Add(string id, IReadOnlyList<string> texts)
    {
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t)).ToList();
        var document = new Document(id, "v1", "local", "/tmp/" + id + ".txt", "Caseloads of officers", null, DocumentKinds.Document, paragraphs);
        index.Replace(new AnalysedDocument(document, Findings.Empty, [], paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(), DateTimeOffset.UnixEpoch));
    }
}
