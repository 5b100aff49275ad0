using TextMiner.Core.Records;
using TextMiner.Evaluation.Extraction;

namespace TextMiner.Extraction.Tests.Evaluation;

public sealed class ExtractionEvaluatorTests
{
    private static readonly GoldDocument Gold = new(
        "corpus/gold/docs/dev/a.txt",
        "A",
        [new GoldRating("Good", "court work", "X PDU"), new GoldRating("Inadequate", "overall", "X PDU")],
        [new GoldFigure("vacancies", 150, null), new GoldFigure("caseload", 30, null)],
        [
            new GoldQuote("We have found work with victims to be good or outstanding", "Glenys Stacey", null, null),
            new GoldQuote("It is not sustainable in its current form", "Ian Lawrence", null, null),
        ]);

    private static readonly Findings Actual = new(
        [new Rating("Good", "victim work", null, "", new Evidence(0, 0, 0)), new Rating("Good", "overall", null, "", new Evidence(0, 0, 0))],
        [new Figure("vacancies", 150, null, "", new Evidence(0, 0, 0)), new Figure("caseload", 35, null, "", new Evidence(0, 0, 0))],
        [
            new Quote("Glenys Stacey", null, null, "We have found work with victims to be good or outstanding.", new Evidence(0, 0, 0), []),
            new Quote("Mr Lawrence", null, null, "It is not sustainable in its current form,", new Evidence(0, 0, 0), []),
        ]);

    [Test]
    public void Evaluate_MixedResults_CountsPerRecordType()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold, Actual)]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Ratings, Is.EqualTo(new RecordScore(RecordTypes.Ratings, 1, 1, 1)));
            Assert.That(report.Figures, Is.EqualTo(new RecordScore(RecordTypes.Figures, 1, 1, 1)));
            Assert.That(report.Quotes, Is.EqualTo(new RecordScore(RecordTypes.Quotes, 2, 0, 0)));
            Assert.That(report.Ratings.F1, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(report.Misses, Has.Count.EqualTo(2));
            Assert.That(report.FalseHits, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Evaluate_SpeakerWithTitle_CountsAsSameSpeaker()
    {
        var report = ExtractionEvaluator.Evaluate([(Gold, Actual)]);

        Assert.That(report.AttributionAccuracy, Is.EqualTo(0.5));
        Assert.That(report.WrongSpeakers.Single().Description, Does.Contain("Mr Lawrence"));
    }

    [Test]
    public void ToText_Report_PrintsTableAndIssues()
    {
        var text = ExtractionEvaluator.Evaluate([(Gold, Actual)]).ToText();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("ratings"));
            Assert.That(text, Does.Contain("attribution accuracy on matched quotes: 0.500 (1/2)"));
            Assert.That(text, Does.Contain("Misses (2):"));
            Assert.That(text, Does.Contain("False hits (2):"));
        });
    }

    [TestCase("overall", "overall")]
    [TestCase("summary", "summary")]
    [TestCase("court work", "domain")]
    [TestCase("leadership", "domain")]
    public void AspectClass_Aspect_GivesClass(string aspect, string expected)
    {
        Assert.That(Matching.AspectClass(aspect), Is.EqualTo(expected));
    }

    [TestCase("Dame Glenys Stacey", "glenys stacey")]
    [TestCase("The Inspector", "inspector")]
    [TestCase("one NPS manager", "one nps manager")]
    public void NormaliseSpeaker_Name_RemovesTitlesAndCase(string speaker, string expected)
    {
        Assert.That(Matching.NormaliseSpeaker(speaker), Is.EqualTo(expected));
    }

    [TestCase("We have found work with victims to be good", "we have found work with victims to be good.", true)]
    [TestCase("We have found work with victims to be good", "Some victims are not being offered a service", false)]
    public void TextOverlap_Texts_MeetsThresholdWhenTheSameWords(string a, string b, bool expected)
    {
        Assert.That(Matching.TextOverlap(a, b) >= Matching.QuoteOverlapThreshold, Is.EqualTo(expected));
    }
}
