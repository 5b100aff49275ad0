using System.Globalization;
using System.Text;
using TextMiner.Classification.Model;

namespace TextMiner.Classification.Training;

/// <summary>What <see cref="ThemeModelTrainer"/> wrote, with the figures the CLI prints after <c>textminer train</c>.</summary>
public sealed record ThemeTrainingReport(ThemeModelMetadata Metadata, string ModelPath, long ModelBytes, string RealisticSource)
{
    public string ToText()
    {
        var m = Metadata;
        var cv = m.CrossValidated;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Trained theme model ({m.Trainer}; {m.Features}; {m.FeatureCount} features) on {m.TrainParagraphs + m.DevParagraphs + m.RealisticParagraphs} paragraphs in {m.TrainingSeconds:0.0} s, seed {m.Seed}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"  corpus/labels train {m.TrainParagraphs}, dev {m.DevParagraphs}; {RealisticSource}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  out of fold ({cv.Folds} folds) on dev + realistic dev: macro-F1 {cv.MacroF1:0.000}, micro-F1 {cv.MicroF1:0.000}; realistic dev alone: macro-F1 {cv.RealisticMacroF1:0.000}, micro-F1 {cv.RealisticMicroF1:0.000}");
        text.AppendLine("  thresholds: " + string.Join(", ",
            m.Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Label} {t.Threshold:0.00}"))));
        text.AppendLine(CultureInfo.InvariantCulture, $"Model: {ModelPath} ({ModelBytes / 1024.0 / 1024.0:0.0} MB)");
        return text.ToString();
    }
}
