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
            new ComparisonRow("words", "A", 10, 0.5, 0.6, 0.7, 1),
            new ComparisonRow("words, chars", "B", 20, 0.7, 0.6, 0.7, 2),
        };

        var lines = ThemeComparison.ToMarkdown(rows, 549, 5).Split('\n');

        Assert.That(lines[0], Does.StartWith("Cross-validated on 549 realistic dev paragraphs (5 folds"));
        Assert.That(lines.Where(l => l.StartsWith("| words", StringComparison.Ordinal)).First(), Does.Contain("| B |"));
    }

    private static float[] Row(float staffing)
    {
        var row = new float[Themes.All.Count];
        row[Themes.All.ToList().IndexOf("staffing")] = staffing;
        return row;
    }
}
