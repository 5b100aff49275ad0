using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Search.Tests.Querying;

/// <summary>A paragraph that is only a heading matches its words in few others, but must not outrank the text under it.</summary>
public sealed class HeadingRankTests
{
    private TempDirectory temp = null!;
    private SearchIndex index = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        index = SearchIndex.Open(temp.Combine("index"));
    }

    [TearDown]
    public void TearDown()
    {
        index.Dispose();
        temp.Dispose();
    }

    [Test]
    public void Search_HtmlHeadingParagraph_RanksAfterTheBodyUnderIt()
    {
        Add("html", [
            new Paragraph(0, "Victim contact", Heading: "Victim contact"),
            new Paragraph(1, "Inspectors found that in a fifth of cases the victim was never offered contact with the Victim Liaison Unit, and letters were sent late.", Heading: "Victim contact"),
        ]);

        var hits = index.Search(new SearchRequest("victim contact", Unit.Paragraph)).Hits;

        Assert.That(hits.Select(h => h.Paragraph), Is.EqualTo(new int?[] { 1, 0 }));
    }

    [Test]
    public void Search_PlainTextHeadingLine_RanksAfterTheBodyUnderIt()
    {
        Add("text", [
            new Paragraph(0, "Contacts"),
            new Paragraph(1, "Members should send their contacts for the branch to the office, who will pass them to the branch secretary before the meeting in March."),
        ]);

        var hits = index.Search(new SearchRequest("contacts", Unit.Paragraph)).Hits;

        Assert.That(hits.Select(h => h.Paragraph), Is.EqualTo(new int?[] { 1, 0 }));
    }

    private void Add(string id, IReadOnlyList<Paragraph> paragraphs)
    {
        var document = new Document(id, "v1", "local", "/tmp/" + id + ".txt", "A report", null, DocumentKinds.Document, paragraphs);
        index.Replace(new AnalysedDocument(document, Findings.Empty, [], paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(), DateTimeOffset.UnixEpoch));
        index.Commit();
    }
}
