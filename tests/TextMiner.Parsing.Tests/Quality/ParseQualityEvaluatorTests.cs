using TextMiner.Evaluation.Parsing;
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

    [Test]
    public void WordPrecision_LeakedAndRepeatedWords_CountAgainstIt() =>
        Assert.That(ParseQualityEvaluator.WordPrecision(["the article text"], ["the article text", "sidebar", "the article"]), Is.EqualTo(3.0 / 6).Within(1e-9));

    [Test]
    public void OrderScore_OneParagraphOutOfPlace_CountsTheOthers() =>
        Assert.That(ParseQualityEvaluator.OrderScore(["a b", "c d", "e f", "g h"], ["a b", "e f", "c d", "g h"]), Is.EqualTo(3.0 / 4).Within(1e-9));

    [Test]
    public void Evaluate_FixturesInSubfolders_GroupedByFolder()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("html/wordpress"));
        File.WriteAllText(temp.Combine("html/wordpress/a.html"), "<html><body><main><h1>The title</h1><p>Kept words here.</p><p>Leaked sidebar words.</p></main></body></html>");
        File.WriteAllText(temp.Combine("html/wordpress/a.expected.json"), """
            {"title":"The title","kind":"document","paragraphs":[{"text":"Kept words here."}]}
            """);

        var report = new ParseQualityEvaluator().Evaluate(temp.Path);
        var fixture = report.Fixtures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(fixture.Group, Is.EqualTo("html/wordpress"));
            Assert.That(fixture.WordPrecision, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(fixture.Passed, Is.False);
            Assert.That(report.ToString(), Does.Contain("html/wordpress"));
        });
    }
}
