using TextMiner.Classification.Model;
using TextMiner.Evaluation.Classification;
using TextMiner.TestSupport;

namespace TextMiner.Classification.Tests.Model;

public sealed class DocumentThemesTests
{
    [TestCase(1, 1)]
    [TestCase(8, 1)]
    [TestCase(11, 2)]
    [TestCase(200, 2)]
    public void Needed_DefaultRule_OneParagraphForShortDocumentsSeveralForLongOnes(int paragraphs, int needed) =>
        Assert.That(DocumentThemeRule.Default.Needed(paragraphs), Is.EqualTo(needed));

    [Test]
    public void ClassifyDocument_SeedPressRelease_FewCalibratedThemesIncludingVictims()
    {
        // The HMIP press release about victims in London, which the old model tagged with 8 of 13 themes at 0.99+.
        var paragraphs = File.ReadAllText(TestSupport.Corpus.Path("seeds", "003_60c6e7e09c21e100.txt"))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var themes = SharedThemeModel.Classifier.ClassifyDocument(paragraphs);

        TestContext.Out.WriteLine(string.Join(", ", themes.Select(t => $"{t.Label} {t.Score:0.00}")));
        Assert.That(themes.Select(t => t.Label), Does.Contain("victim-contact"));
        Assert.That(themes.Select(t => t.Label), Does.Not.Contain("equality-diversity"));
        Assert.That(themes, Has.Count.LessThanOrEqualTo(5));
        Assert.That(themes.Count(t => t.Score >= 0.99), Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void Evaluate_DocumentList_ScoresDocumentThemesAgainstGold()
    {
        using var directory = new TempDirectory();
        Directory.CreateDirectory(directory.Combine("docs"));
        File.WriteAllText(directory.Combine("docs", "a.txt"),
            "Staffing crisis\n\nThere were 45 vacancies for probation officers and agency staff covered a fifth of the posts.\n\n" +
            "Recruitment had stalled and experienced officers were leaving faster than they could be replaced.");
        File.WriteAllText(directory.Combine("docs", "b.txt"), "Match report\n\nThe home side scored twice in the second half to win the cup.");
        File.WriteAllLines(directory.Combine("list.jsonl"),
            ["""{"path":"docs/a.txt","themes":["staffing"]}""", """{"path":"docs/b.txt","themes":["estates"]}"""]);

        var metrics = DocumentThemeEvaluator.Evaluate(SharedThemeModel.Classifier, directory.Combine("list.jsonl"));

        var staffing = metrics.PerLabel.Single(m => m.Label == "staffing");
        var estates = metrics.PerLabel.Single(m => m.Label == "estates");
        Assert.That((staffing.TruePositives, staffing.FalseNegatives), Is.EqualTo((1, 0)));
        Assert.That((estates.TruePositives, estates.FalseNegatives), Is.EqualTo((0, 1)));
    }
}
