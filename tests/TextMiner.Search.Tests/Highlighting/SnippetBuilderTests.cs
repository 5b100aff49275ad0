using TextMiner.Search.Highlighting;

namespace TextMiner.Search.Tests.Highlighting;

public sealed class SnippetBuilderTests
{
    private const string Text = "The first sentence is about nothing much at all. Probation officers carry caseloads that are far too high for "
        + "safe practice, and the inspectors said so plainly in their report on the division. The last sentence closes it.";

    [Test]
    public void Build_MatchInMiddle_SpansPointAtTheMatchedWords()
    {
        var start = Text.IndexOf("caseloads", StringComparison.Ordinal);
        var snippet = SnippetBuilder.Build(Text, [new TextMatch(start, start + "caseloads".Length, "c")], maxLength: 80);

        Assert.Multiple(() =>
        {
            Assert.That(snippet.Highlights, Has.Count.EqualTo(1));
            Assert.That(snippet.Text.Substring(snippet.Highlights[0].Start, snippet.Highlights[0].Length), Is.EqualTo("caseloads"));
            Assert.That(snippet.Text, Does.StartWith("… Probation officers"), "opens at the sentence start");
            Assert.That(snippet.Text, Does.EndWith(" …"));
        });
    }

    [Test]
    public void Build_NoMatch_OpensAtTheStartAndCutsBetweenWords()
    {
        var snippet = SnippetBuilder.Build(Text, [], maxLength: 60);
        var body = snippet.Text[..^2];

        Assert.Multiple(() =>
        {
            Assert.That(snippet.Text, Does.StartWith("The first sentence"));
            Assert.That(body, Is.EqualTo(Text[..body.Length]), "cut between words: the text up to the ellipsis is a prefix of the original");
            Assert.That(Text[body.Length], Is.EqualTo(' '));
        });
    }

    [Test]
    public void Build_WhitespaceRuns_AreCollapsedAndSpansStillRight()
    {
        const string text = "Staff\n\nshortages   were\tsevere.";
        var start = text.IndexOf("shortages", StringComparison.Ordinal);
        var snippet = SnippetBuilder.Build(text, [new TextMatch(start, text.IndexOf("were", StringComparison.Ordinal) + 4, "p")]);

        Assert.Multiple(() =>
        {
            Assert.That(snippet.Text, Is.EqualTo("Staff shortages were severe."));
            Assert.That(snippet.Text.Substring(snippet.Highlights[0].Start, snippet.Highlights[0].Length), Is.EqualTo("shortages were"));
        });
    }

    [Test]
    public void Build_TwoClausesFarApart_PrefersTheWindowWithBoth()
    {
        var filler = string.Concat(Enumerable.Repeat("word ", 80));
        var text = "alpha " + filler + "beta gamma " + filler;
        var alpha = new TextMatch(0, 5, "a");
        var beta = new TextMatch(text.IndexOf("beta", StringComparison.Ordinal), text.IndexOf("beta", StringComparison.Ordinal) + 4, "b");
        var gamma = new TextMatch(text.IndexOf("gamma", StringComparison.Ordinal), text.IndexOf("gamma", StringComparison.Ordinal) + 5, "c");

        var snippet = SnippetBuilder.Build(text, [alpha, beta, gamma], maxLength: 100);

        Assert.That(snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length)), Is.EqualTo(new[] { "beta", "gamma" }));
    }
}
