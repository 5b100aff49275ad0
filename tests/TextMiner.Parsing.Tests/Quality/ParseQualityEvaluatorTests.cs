using TextMiner.Parsing.Quality;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests.Quality;

public sealed class ParseQualityEvaluatorTests
{
    [Test]
    public void Evaluate_Fixtures_MeetsIssueThresholds()
    {
        var report = new ParseQualityEvaluator().Evaluate(Corpus.Path("fixtures"));
        TestContext.Out.WriteLine(report);

        Assert.Multiple(() =>
        {
            Assert.That(report.Fixtures.Count(f => f.Format == "pdf" && !f.ExpectedFailure), Is.GreaterThanOrEqualTo(2));
            Assert.That(report.MinPdfWordRecall, Is.GreaterThanOrEqualTo(ParseQualityReport.MinWordRecall));
            Assert.That(report.AllOrderCorrect, Is.True, report.ToString());
            Assert.That(report.TotalLeaks, Is.Zero, report.ToString());
            Assert.That(report.AllPassed, Is.True, report.ToString());
            Assert.That(report.ToString(), Does.Contain("verdict: PASS"));
        });
    }

    [Test]
    public void Evaluate_ParserDropsAParagraph_ReportsRecallBelowOne()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("a.txt"), "Title\n\nFirst paragraph here.\n\nSecond one.\n");
        File.WriteAllText(temp.Combine("a.expected.json"), """
            {"title":"Title","kind":"document","paragraphs":[{"text":"First paragraph here."},{"text":"A missing paragraph."},{"text":"Second one."}],"absent":["Second"]}
            """);

        var fixture = new ParseQualityEvaluator().Evaluate(temp.Path).Fixtures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(fixture.WordRecall, Is.EqualTo(5.0 / 8).Within(1e-9));
            Assert.That(fixture.OrderCorrect, Is.False);
            Assert.That(fixture.HeaderFooterLeaks, Is.EqualTo(1));
            Assert.That(fixture.Passed, Is.False);
        });
    }

    [TestCase(new[] { "a b", "c d" }, new[] { "a b c d" }, true)]
    [TestCase(new[] { "c d", "a b" }, new[] { "a b", "c d" }, false)]
    [TestCase(new[] { "inspection" }, new[] { "inspec tion" }, false)]
    public void InOrder_Texts_Expected(string[] expected, string[] actual, bool inOrder) =>
        Assert.That(ParseQualityEvaluator.InOrder(expected, actual), Is.EqualTo(inOrder));

    [Test]
    public void WordRecall_CountsRepeatedWordsOnce_PerOccurrence() =>
        Assert.That(ParseQualityEvaluator.WordRecall(["good good good"], ["good"]), Is.EqualTo(1.0 / 3).Within(1e-9));
}
