using System.Globalization;
using System.Text;
using System.Text.Json;
using TextMiner.Classification.Metrics;
using TextMiner.Classification.Model;

namespace TextMiner.Evaluation.Classification;

/// <summary>
/// Scores document themes against an annotated document list such as <c>../shared/realistic/dev.jsonl</c>: one JSON
/// line per document with its <c>"path"</c> (relative to the list) and gold <c>"themes"</c>; each text file has its
/// title on line 1, then paragraphs separated by blank lines.
/// </summary>
public static class DocumentThemeEvaluator
{
    public static MultiLabelMetrics Evaluate(ThemeClassifier model, string documentsFile)
    {
        ArgumentNullException.ThrowIfNull(model);
        var root = Path.GetDirectoryName(Path.GetFullPath(documentsFile))!;
        var gold = new List<IReadOnlyCollection<string>>();
        var predicted = new List<IReadOnlyCollection<string>>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(documentsFile))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("path", out var path) || !json.RootElement.TryGetProperty("themes", out var themes))
            {
                throw new InvalidDataException($"line {lineNumber}: needs \"path\" and \"themes\"");
            }

            gold.Add([.. themes.EnumerateArray().Select(t => t.GetString() ?? "")]);
            var paragraphs = File.ReadAllText(Path.Combine(root, path.GetString() ?? ""))
                .Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            predicted.Add([.. model.ClassifyDocument(paragraphs).Select(t => t.Label)]);
        }

        return MultiLabelScorer.Score(gold, predicted);
    }

    /// <summary>What <c>evaluate classification --documents</c> prints.</summary>
    public static string ToText(MultiLabelMetrics metrics, string source, DocumentThemeRule rule)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Document themes on {source} (a theme needs min({rule.SeveralParagraphs} paragraphs, {rule.StrongShare:0%} of them), at least one)");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"label",-20} {"support",7} {"P",6} {"R",6} {"F1",6}");
        foreach (var m in metrics.PerLabel)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{m.Label,-20} {m.Support,7} {m.Precision,6:0.000} {m.Recall,6:0.000} {m.F1,6:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"micro P {metrics.MicroPrecision:0.000} R {metrics.MicroRecall:0.000} F1 {metrics.MicroF1:0.000}; macro-F1 over labels with gold documents {metrics.MacroF1Present:0.000}");
        return text.ToString();
    }
}
