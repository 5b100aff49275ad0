using System.Globalization;

namespace TextMiner.Classification.Benchmarks;

/// <summary>The figures of <c>textminer bench classify</c>.</summary>
public sealed record ThemeBenchmarkResult(
    string Trainer,
    int TrainParagraphs,
    TimeSpan TrainingTime,
    int ParagraphsClassified,
    TimeSpan ClassificationTime,
    long ModelBytes)
{
    public double ParagraphsPerSecond => ClassificationTime <= TimeSpan.Zero ? 0 : ParagraphsClassified / ClassificationTime.TotalSeconds;

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"""
        Training:       {TrainingTime.TotalSeconds:0.0} s on {TrainParagraphs} paragraphs ({Trainer} kept, both trainers compared)
        Classification: {ParagraphsClassified} paragraphs in {ClassificationTime.TotalSeconds:0.00} s = {ParagraphsPerSecond:0} paragraphs/s
        Model size:     {ModelBytes / 1024.0 / 1024.0:0.00} MB ({ModelBytes} bytes)

        """);
}
