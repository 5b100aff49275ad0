using TextMiner.Classification.Corpus;
using TextMiner.Core.Records;
using TextMiner.Evaluation.Classification;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class ThemeComparisonTests
{
    [Test]
    public void MeanAveragePrecision_PerfectAndReversedRankings_OneAndLower()
    {
        var gold = new[] { true, true, false, false }.Select(g => (IReadOnlyList<string>)(g ? ["staffing"] : [])).ToList();
        float[][] perfect = [.. new[] { 0.9f, 0.8f, 0.2f, 0.1f }.Select(Row)];
        float[][] reversed = [.. new[] { 0.1f, 0.2f, 0.8f, 0.9f }.Select(Row)];

        Assert.That(ThemeComparison.MeanAveragePrecision(perfect, gold), Is.EqualTo(1).Within(1e-9));
        // Positives ranked 3rd and 4th: (1/3 + 2/4) / 2.
        Assert.That(ThemeComparison.MeanAveragePrecision(reversed, gold), Is.EqualTo(((1.0 / 3) + 0.5) / 2).Within(1e-9));
    }

    [Test]
    public void ToMarkdown_Rows_BestMacroF1First()
    {
        var rows = new[]
        {
            new ComparisonRow("words", "A", 10, 0.5, 0.6, 0.7, 0.8, 1),
            new ComparisonRow("words, chars", "B", 20, 0.7, 0.6, 0.7, 0.8, 2),
        };

        var lines = ThemeComparison.ToMarkdown(rows, 549, folds: 5).Split('\n');

        Assert.That(lines[0], Does.StartWith("Cross-validated on 549 realistic dev paragraphs in 5 folds by document"));
        Assert.That(lines.Where(l => l.StartsWith("| words", StringComparison.Ordinal)).First(), Does.Contain("| B |"));
    }

    [Test]
    public void Halves_ParagraphsOfOneDocument_StayTogether()
    {
        var paragraphs = Enumerable.Range(1, 6).SelectMany(d => Enumerable.Range(1, 3)
            .Select(p => new LabelledParagraph($"rh-{d:00}-p{p}", "text", []))).ToList();

        var halves = ThemeComparison.Halves(paragraphs, seed: 1);

        Assert.That(halves.Sum(h => h.Count), Is.EqualTo(paragraphs.Count));
        Assert.That(halves.Select(h => h.Select(p => ThemeComparison.DocumentOf(p.Id)).Distinct().Count()), Is.EqualTo(new[] { 3, 3 }));
        Assert.That(halves[0].Select(p => ThemeComparison.DocumentOf(p.Id)).Intersect(halves[1].Select(p => ThemeComparison.DocumentOf(p.Id))), Is.Empty);
    }

    [Test]
    public void Folds_FiveFolds_EveryDocumentInExactlyOneFold()
    {
        var paragraphs = Enumerable.Range(1, 12).SelectMany(d => Enumerable.Range(1, 1 + (d % 3))
            .Select(p => new LabelledParagraph($"rs-{d:00}-p{p}", "text", []))).ToList();

        var folds = ThemeComparison.Folds(paragraphs, 5, seed: 7);

        Assert.That(folds, Has.Count.EqualTo(5));
        Assert.That(folds.Sum(f => f.Count), Is.EqualTo(paragraphs.Count));
        var documentsPerFold = folds.Select(f => f.Select(p => ThemeComparison.DocumentOf(p.Id)).Distinct().ToList()).ToList();
        Assert.That(documentsPerFold.Select(d => d.Count), Is.EquivalentTo(new[] { 3, 3, 2, 2, 2 }));
        Assert.That(documentsPerFold.SelectMany(d => d).Distinct().Count(), Is.EqualTo(12));
    }

    [TestCase("rh-01-p12", "rh-01")]
    [TestCase("hmip-report-0350", "hmip-report-0350")]
    [TestCase("a-pages", "a-pages")]
    public void DocumentOf_ParagraphId_IsTheIdBeforeItsParagraphNumber(string id, string document) =>
        Assert.That(ThemeComparison.DocumentOf(id), Is.EqualTo(document));

    private static float[] Row(float staffing)
    {
        var row = new float[Themes.All.Count];
        row[Themes.All.ToList().IndexOf("staffing")] = staffing;
        return row;
    }
}
