using System.Globalization;
using System.Text;

namespace TextMiner.Classification.Evaluation;

/// <summary>The model and the keyword baseline scored on one split; <see cref="ToText"/> is what the CLI prints.</summary>
public sealed record ClassificationReport(string Split, int Paragraphs, string Trainer, MultiLabelMetrics Model,
    MultiLabelMetrics Baseline)
{
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Theme classification on split '{Split}' ({Paragraphs} paragraphs); model: {Trainer}; baseline: keywords");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"label",-20} {"support",7} | {"model P",7} {"R",6} {"F1",6} | {"kw P",6} {"R",6} {"F1",6}");
        for (var i = 0; i < Model.PerLabel.Count; i++)
        {
            var (m, b) = (Model.PerLabel[i], Baseline.PerLabel[i]);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Label,-20} {m.Support,7} | {m.Precision,7:0.000} {m.Recall,6:0.000} {m.F1,6:0.000} | {b.Precision,6:0.000} {b.Recall,6:0.000} {b.F1,6:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"micro",-20} {"",7} | {Model.MicroPrecision,7:0.000} {Model.MicroRecall,6:0.000} {Model.MicroF1,6:0.000} | {Baseline.MicroPrecision,6:0.000} {Baseline.MicroRecall,6:0.000} {Baseline.MicroF1,6:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"macro",-20} {"",7} | {Model.MacroPrecision,7:0.000} {Model.MacroRecall,6:0.000} {Model.MacroF1,6:0.000} | {Baseline.MacroPrecision,6:0.000} {Baseline.MacroRecall,6:0.000} {Baseline.MacroF1,6:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Macro-F1: model {Model.MacroF1:0.000}, keyword baseline {Baseline.MacroF1:0.000}, difference {Model.MacroF1 - Baseline.MacroF1:+0.000;-0.000}");
        return text.ToString();
    }
}
