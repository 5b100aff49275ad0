using TextMiner.Core.Records;
using TextMiner.Web.Services;

namespace TextMiner.Web.Tests.Services;

internal sealed class QuoteContinuationTests
{
    private static readonly Paragraph[] Paragraphs =
    [
        new(0, "The Chief Inspector said: “We found too many cases without a plan."),
        new(1, "“Leaders know this and have started to act.” Inspectors will return next year."),
        new(2, "“An unrelated quote that opens this paragraph is long enough.”"),
    ];

    [Test]
    public void Spans_QuoteReopenedInNextParagraph_MarksItUpToTheQuotesLastWords()
    {
        var quote = new Quote("Justin Russell", null, null, "We found too many cases without a plan. Leaders know this and have started to act.", new Evidence(0, 27, 67), []);

        var spans = QuoteContinuation.Spans(Paragraphs, quote, 40).ToList();

        Assert.That(spans, Is.EqualTo(new[] { (1, 1, 43) }));
        Assert.That(Paragraphs[1].Text[1..43], Is.EqualTo("Leaders know this and have started to act."));
    }

    [Test]
    public void Spans_QuoteWithinOneParagraph_MarksNothingElse()
    {
        var quote = new Quote("Justin Russell", null, null, "We found too many cases without a plan.", new Evidence(0, 27, 67), []);

        Assert.That(QuoteContinuation.Spans(Paragraphs, quote, 40), Is.Empty);
    }
}
