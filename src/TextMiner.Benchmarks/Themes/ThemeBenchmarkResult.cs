using System.Globalization;

namespace TextMiner.Benchmarks.Themes;

/// <summary>The figures of <c>textminer bench classify</c>. CPU times are the whole process's, for busy machines.</summary>
public sealed record ThemeBenchmarkResult(
    string Trainer,
    int TrainParagraphs,
    TimeSpan TrainingTime,
    TimeSpan TrainingCpuTime,
    int ParagraphsClassified,
    TimeSpan ClassificationTime,
    TimeSpan ClassificationCpuTime,
    long ModelBytes)
{
    public double ParagraphsPerSecond => ClassificationTime <= TimeSpan.Zero ? 0 : ParagraphsClassified / ClassificationTime.TotalSeconds;

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"""
        Training:       {TrainingTime.TotalSeconds:0.0} s on {TrainParagraphs} paragraphs (process CPU {TrainingCpuTime.TotalSeconds:0.0} s; {Trainer}, calibration and thresholds cross-fitted)
        Classification: {ParagraphsClassified} paragraphs in {ClassificationTime.TotalSeconds:0.00} s = {ParagraphsPerSecond:0} paragraphs/s (process CPU {ClassificationCpuTime.TotalSeconds:0.00} s)
        Model size:     {ModelBytes / 1024.0 / 1024.0:0.00} MB ({ModelBytes} bytes)

        """);
}
