using TextMiner.Core.Records;
using TextMiner.Evaluation.Extraction;

namespace TextMiner.Extraction.Tests.Evaluation;

/// <summary>
/// Gold sets may record a quote running over several paragraphs one entry per paragraph: a found quote that spans
/// paragraphs matches each entry it contains, and nothing else about quote matching is looser.
/// </summary>
public sealed class QuoteMatchingTests
{
    private const string First = "We went back to the division a year after our first visit and saw some progress.";
    private const string Second = "Risk of harm was still not managed well enough at any stage of supervision.";
    private const string Third = "Leaders know this and have a plan, but it will take time to show results.";

    private static GoldDocument Gold(params string[] texts) =>
        new("docs/a.txt", "A", [], [], texts.Select(t => new GoldQuote(t, "Nadia Orme", null, null)).ToArray());

    private static Findings Found(params Quote[] quotes) => new([], [], quotes);

    private static Quote Spanning(string text, string? speaker = "Nadia Orme") =>
        new(speaker, null, null, text, new Evidence(4, 1, 80), []) { LastParagraph = 6, Rule = "quotes.said.before-quote" };

    private static Quote OneParagraph(string text) => new("Nadia Orme", null, null, text, new Evidence(4, 1, 80), []) { Rule = "quotes.said.before-quote" };

    [Test]
    public void Evaluate_QuoteSpanningParagraphs_MatchesEachGoldEntryItContains()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold(First, Second, Third), Found(Spanning($"{First} {Second} {Third}")))]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Quotes, Is.EqualTo(new RecordScore(RecordTypes.Quotes, 3, 0, 0)));
            Assert.That(report.AttributionMatched, Is.EqualTo(3));
            Assert.That(report.AttributionCorrect, Is.EqualTo(3));
        });
    }

    [Test]
    public void Evaluate_QuoteSpanningParagraphs_WrongSpeakerCountsForEachEntry()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold(First, Second), Found(Spanning($"{First} {Second}", "Pavel Drummond")))]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Quotes.TruePositives, Is.EqualTo(2));
            Assert.That(report.WrongSpeakers, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Evaluate_QuoteSpanningParagraphs_EntryItDoesNotContainIsAMiss()
    {
        const string elsewhere = "Staff told us they felt valued by their managers and well supported in training.";

        var report = ExtractionEvaluator.Evaluate([(Gold(First, Second, elsewhere), Found(Spanning($"{First} {Second}")))]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Quotes, Is.EqualTo(new RecordScore(RecordTypes.Quotes, 2, 0, 1)));
            Assert.That(report.Misses.Single().Description, Does.Contain("felt valued"));
        });
    }

    [Test]
    public void Evaluate_OneParagraphQuoteHoldingTwoEntries_MatchesAtMostOne()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold(First, Second), Found(OneParagraph($"{First} {Second}")))]);

        Assert.That(report.Quotes, Is.EqualTo(new RecordScore(RecordTypes.Quotes, 0, 1, 2)));
    }

    [Test]
    public void Evaluate_SpanningQuoteWithOnlySomeWordsOfAnEntry_DoesNotMatchIt()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold(First, Second), Found(Spanning($"{First} Risk of harm was managed well")))]);

        Assert.That(report.Quotes, Is.EqualTo(new RecordScore(RecordTypes.Quotes, 1, 0, 1)));
    }

    [TestCase("We saw some progress. Risk of harm was not managed.", "risk of harm was NOT managed", true)]
    [TestCase("We saw some progress. Risk of harm was not managed.", "progress risk", true)]
    [TestCase("We saw some progress. Risk of harm was not managed.", "risk of harm was managed", false)]
    [TestCase("We saw some progress.", "We saw some progress. Risk of harm", false)]
    [TestCase("We saw some progress.", "", false)]
    public void ContainsText_Texts_TrueWhenTheWordsRunInOrder(string whole, string part, bool expected)
    {
        Assert.That(Matching.ContainsText(whole, part), Is.EqualTo(expected));
    }
}
