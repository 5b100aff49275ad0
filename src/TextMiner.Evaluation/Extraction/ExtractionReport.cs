using System.Globalization;
using System.Text;

namespace TextMiner.Evaluation.Extraction;

/// <summary>
/// The outcome of scoring extraction against a gold split: precision, recall and F1 per record type, attribution
/// accuracy on matched quotes, what each rule did, and every miss, false hit and wrong speaker.
/// </summary>
public sealed record ExtractionReport(
    int Documents,
    RecordScore Ratings,
    RecordScore Figures,
    RecordScore Quotes,
    int AttributionMatched,
    int AttributionCorrect,
    IReadOnlyList<RuleScore> Rules,
    IReadOnlyList<EvaluationIssue> Misses,
    IReadOnlyList<EvaluationIssue> FalseHits,
    IReadOnlyList<EvaluationIssue> WrongSpeakers)
{
    /// <summary>How records without a rule id are listed in the per-rule report.</summary>
    public const string NoRule = "(no rule)";

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
        AppendRules(text);
        AppendIssues(text, "Misses", Misses);
        AppendIssues(text, "False hits", FalseHits);
        AppendIssues(text, "Wrong speakers", WrongSpeakers);
        return text.ToString();
    }

    /// <summary>After the totals (whose first six lines other tools read): hits, false hits and wrong speakers per rule.</summary>
    private void AppendRules(StringBuilder text)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Per rule ({Rules.Count}; misses have no rule: ratings {Ratings.FalseNegatives}, figures {Figures.FalseNegatives}, quotes {Quotes.FalseNegatives}):");
        var width = Math.Max(40, Rules.Select(r => r.Rule.Length).DefaultIfEmpty(0).Max() + 2);
        text.AppendLine(c, $"  {"rule".PadRight(width)} {"type",-8} {"hits",5} {"false",6} {"wrong speaker",14}");
        foreach (var rule in Rules)
        {
            var id = rule.Rule.Length == 0 ? NoRule : rule.Rule;
            text.AppendLine(c, $"  {id.PadRight(width)} {rule.RecordType,-8} {rule.Hits,5} {rule.FalseHits,6} {rule.WrongSpeakers,14}");
        }
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
