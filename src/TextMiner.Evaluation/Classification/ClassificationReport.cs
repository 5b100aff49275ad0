using System.Globalization;
using System.Text;
using TextMiner.Classification.Metrics;

namespace TextMiner.Evaluation.Classification;

/// <summary>The model and the keyword baseline scored on one split; <see cref="ToText"/> is what the CLI prints.</summary>
public sealed record ClassificationReport(string Source, int Paragraphs, string Trainer, MultiLabelMetrics Model,
    MultiLabelMetrics Baseline, ReliabilitySummary Reliability)
{
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Theme classification on {Source} ({Paragraphs} paragraphs); model: {Trainer}; baseline: keywords");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"label",-20} {"support",7} | {"model P",7} {"R",6} {"F1",6} {"TP",4} {"FP",4} {"FN",4} | {"kw P",6} {"R",6} {"F1",6}");
        for (var i = 0; i < Model.PerLabel.Count; i++)
        {
            var (m, b) = (Model.PerLabel[i], Baseline.PerLabel[i]);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Label,-20} {m.Support,7} | {m.Precision,7:0.000} {m.Recall,6:0.000} {m.F1,6:0.000} {m.TruePositives,4} {m.FalsePositives,4} {m.FalseNegatives,4} | {b.Precision,6:0.000} {b.Recall,6:0.000} {b.F1,6:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"micro",-20} {"",7} | {Model.MicroPrecision,7:0.000} {Model.MicroRecall,6:0.000} {Model.MicroF1,6:0.000} {"",14} | {Baseline.MicroPrecision,6:0.000} {Baseline.MicroRecall,6:0.000} {Baseline.MicroF1,6:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"macro",-20} {"",7} | {Model.MacroPrecision,7:0.000} {Model.MacroRecall,6:0.000} {Model.MacroF1,6:0.000} {"",14} | {Baseline.MacroPrecision,6:0.000} {Baseline.MacroRecall,6:0.000} {Baseline.MacroF1,6:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Macro-F1: model {Model.MacroF1:0.000}, keyword baseline {Baseline.MacroF1:0.000}, difference {Model.MacroF1 - Baseline.MacroF1:+0.000;-0.000}");
        var present = Model.PerLabel.Count(m => m.Support > 0);
        if (present < Model.PerLabel.Count)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Macro-F1 over the {present} labels with gold paragraphs here: model {Model.MacroF1Present:0.000}, keyword baseline {Baseline.MacroF1Present:0.000} (labels with none: {string.Join(", ", Model.PerLabel.Where(m => m.Support == 0).Select(m => m.Label))})");
        }

        text.AppendLine();
        text.Append(Reliability.ToText());
        return text.ToString();
    }
}
