using System.Globalization;
using System.Text;

namespace TextMiner.Extraction.Evaluation;

/// <summary>
/// The outcome of scoring extraction against a gold split: precision, recall and F1 per record type, attribution
/// accuracy on matched quotes, and every miss, false hit and wrong speaker.
/// </summary>
public sealed record ExtractionReport(
    int Documents,
    RecordScore Ratings,
    RecordScore Figures,
    RecordScore Quotes,
    int AttributionMatched,
    int AttributionCorrect,
    IReadOnlyList<EvaluationIssue> Misses,
    IReadOnlyList<EvaluationIssue> FalseHits,
    IReadOnlyList<EvaluationIssue> WrongSpeakers)
{
    public double AttributionAccuracy => AttributionMatched == 0 ? 1.0 : (double)AttributionCorrect / AttributionMatched;

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Extraction evaluation: {Documents} documents");
        text.AppendLine("type       gold  found  tp   fp   fn   precision  recall  f1");
        foreach (var score in new[] { Ratings, Figures, Quotes })
        {
            var gold = score.TruePositives + score.FalseNegatives;
            var found = score.TruePositives + score.FalsePositives;
            text.AppendLine(c, $"{score.RecordType,-10} {gold,4}  {found,5}  {score.TruePositives,-4} {score.FalsePositives,-4} {score.FalseNegatives,-4} {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.F1:0.000}");
        }

        text.AppendLine(c, $"attribution accuracy on matched quotes: {AttributionAccuracy:0.000} ({AttributionCorrect}/{AttributionMatched})");
        AppendIssues(text, "Misses", Misses);
        AppendIssues(text, "False hits", FalseHits);
        AppendIssues(text, "Wrong speakers", WrongSpeakers);
        return text.ToString();
    }

    private static void AppendIssues(StringBuilder text, string heading, IReadOnlyList<EvaluationIssue> issues)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"{heading} ({issues.Count}):");
        foreach (var issue in issues)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {issue.Path} [{issue.RecordType}] {issue.Description}");
        }
    }
}
