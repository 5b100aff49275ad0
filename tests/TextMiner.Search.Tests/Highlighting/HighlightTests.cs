using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Highlighting;

public sealed class HighlightTests : SearchIndexFixture
{
    private static IEnumerable<string> Marked(Snippet snippet) =>
        snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length));

    [Test]
    public void Snippet_StemmedTerm_MarksTheInflectedWords()
    {
        var hit = Search("victim", Unit.Paragraph).Hits.First(h => h.DocumentId == LondonHmip);

        Assert.That(Marked(hit.Snippet), Is.Not.Empty.And.All.Match("^[Vv]ictims?$"));
    }

    [Test]
    public void Snippet_Phrase_MarksTheWholePhraseOnceAndNotLoneWords()
    {
        var hit = Search("\"Victim Contact Scheme\"", Unit.Paragraph).Hits.First(h => h.Snippet.Text.Contains("victims", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Marked(hit.Snippet), Is.EqualTo(new[] { "Victim Contact Scheme" }));
            Assert.That(hit.Snippet.Text, Does.Contain("victims"), "lone 'victims' stays unmarked");
        });
    }

    [Test]
    public void Snippet_PhraseWithStopWord_MarksAcrossTheStopWord()
    {
        var hit = Search("\"Ministry of Justice\"", Unit.Paragraph).Hits.First(h => h.DocumentId == Kent);

        Assert.That(Marked(hit.Snippet), Is.EqualTo(new[] { "Ministry of Justice" }));
    }

    [Test]
    public void Snippet_Wildcard_MarksTheWordsItMatches()
    {
        var hit = Search("Sodex*", Unit.Paragraph).Hits.First();

        Assert.That(Marked(hit.Snippet), Is.Not.Empty.And.All.EqualTo("Sodexo"));
    }

    [Test]
    public void Snippet_ExcludedTerm_IsNotMarked()
    {
        var hit = Search("Sodexo -London", Unit.Paragraph).Hits.First();

        Assert.That(Marked(hit.Snippet), Has.None.EqualTo("London"));
    }

    [Test]
    public void Snippet_Acronym_MarksItsExpansion()
    {
        var hit = Search("CRC", Unit.Paragraph).Hits.First(h => h.DocumentId == SuffolkNapo);

        Assert.That(Marked(hit.Snippet), Does.Contain("Community Rehabilitation Company"));
    }

    [Test]
    public void Snippet_LongParagraph_CutsAtWordBoundariesAroundTheMatch()
    {
        var hit = Search("Worboys", Unit.Document).Hits.First(h => h.DocumentId == LondonHmip);
        var text = hit.Snippet.Text;

        Assert.Multiple(() =>
        {
            Assert.That(Marked(hit.Snippet), Does.Contain("Worboys"));
            Assert.That(text.Length, Is.LessThanOrEqualTo(260));
            Assert.That(text, Does.StartWith("… ").Or.Match("^[A-Z“‘\"]"), "starts at a sentence or after an ellipsis");
            Assert.That(text, Does.EndWith(" …").Or.EndWith("."));
            Assert.That(text, Does.Not.Contain("\n").And.Not.Contain("  "));
        });
        var words = text.Replace("…", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var source = Index.Search(new SearchRequest("Worboys", Unit.Document, Limit: 100)).Hits.First(h => h.DocumentId == LondonHmip);
        Assert.That(words, Is.Not.Empty);
        Assert.That(source.Snippet.Text, Is.EqualTo(text), "snippets are deterministic");
    }

    [Test]
    public void Snippet_MatchAll_ShowsTheOpeningWithoutMarks()
    {
        var hit = Search("", Unit.Quote).Hits.First(h => h.DocumentId == Victims);

        Assert.Multiple(() =>
        {
            Assert.That(hit.Snippet.Text, Does.StartWith("Victims deserve better"));
            Assert.That(hit.Snippet.Highlights, Is.Empty);
        });
    }
}
