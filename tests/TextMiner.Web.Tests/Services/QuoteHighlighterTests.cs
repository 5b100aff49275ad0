using TextMiner.Search;
using TextMiner.Web.Services;

namespace TextMiner.Web.Tests.Services;

internal sealed class QuoteHighlighterTests
{
    [Test]
    public void Spread_SnippetHighlights_MarkEveryWholeWordOccurrenceInTheFullQuote()
    {
        var snippet = new Snippet("…victims are let down…", [new HighlightSpan(1, 7)]);
        const string text = "Victims matter; victimsupport is not victims' fault, and victims wait.";

        var spans = QuoteHighlighter.Spread(text, snippet);

        Assert.That(spans.Select(s => text.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "Victims", "victims", "victims" }));
    }

    [Test]
    public void Spread_NoHighlights_MarksNothing()
    {
        Assert.That(QuoteHighlighter.Spread("Any text", new Snippet("Any text", [])), Is.Empty);
    }
}
