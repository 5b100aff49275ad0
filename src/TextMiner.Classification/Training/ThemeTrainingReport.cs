using System.Globalization;
using System.Text;
using TextMiner.Classification.Model;

namespace TextMiner.Classification.Training;

/// <summary>What <see cref="ThemeModelTrainer"/> wrote, with the figures the CLI prints after <c>textminer train</c>.</summary>
public sealed record ThemeTrainingReport(ThemeModelMetadata Metadata, string ModelPath, long ModelBytes)
{
    public string ToText()
    {
        var m = Metadata;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Trained theme model on {m.TrainParagraphs} paragraphs (dev {m.DevParagraphs}) in {m.TrainingSeconds:0.0} s, seed {m.Seed}.");
        foreach (var c in m.Candidates)
        {
            var kept = c.Trainer == m.Trainer ? "  <- kept" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {c.Trainer,-26} dev macro-F1 {c.DevMacroF1:0.000}  micro-F1 {c.DevMicroF1:0.000}  {c.TrainingSeconds:0.0} s{kept}");
        }

        text.AppendLine("  thresholds: " + string.Join(", ",
            m.Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Label} {t.Threshold:0.00}"))));
        text.AppendLine(CultureInfo.InvariantCulture, $"Model: {ModelPath} ({ModelBytes / 1024.0 / 1024.0:0.0} MB)");
        return text.ToString();
    }
}
