using TextMiner.Classification.Corpus;
using TextMiner.Classification.Model;
using TextMiner.Classification.Training;

namespace TextMiner.Classification.Benchmarks;

/// <summary>
/// Trains the theme model from the embedded splits into <paramref name="workDirectory"/>, then classifies the embedded
/// paragraphs (repeated up to <c>paragraphs</c>) in batches of 256 and reports time, throughput and model size.
/// </summary>
public static class ThemeBenchmark
{
    public const int DefaultParagraphs = 5_000;
    public const int BatchSize = 256;

    public static ThemeBenchmarkResult Run(string workDirectory, int paragraphs = DefaultParagraphs,
        ThemeTrainingOptions? options = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var modelsDirectory = Path.Combine(workDirectory, "models");
        var trainCpuStarted = Environment.CpuUsage.TotalTime;
        var trainStarted = time.GetTimestamp();
        var report = new ThemeModelTrainer(options, time).TrainFromEmbedded(modelsDirectory);
        var trainingTime = time.GetElapsedTime(trainStarted);
        var trainingCpuTime = Environment.CpuUsage.TotalTime - trainCpuStarted;

        var classifier = ThemeClassifier.Load(modelsDirectory);
        var pool = LabelSplits.All.Where(LabelledCorpus.HasEmbedded)
            .SelectMany(s => LabelledCorpus.LoadEmbedded(s)).Select(p => p.Text).ToArray();
        var texts = Enumerable.Range(0, Math.Max(1, paragraphs)).Select(i => pool[i % pool.Length]).ToArray();
        classifier.Classify(texts.Take(BatchSize).ToArray()); // warm-up: first use loads and jits the pipeline

        var cpuStarted = Environment.CpuUsage.TotalTime;
        var classifyStarted = time.GetTimestamp();
        foreach (var batch in texts.Chunk(BatchSize))
        {
            classifier.Classify(batch);
        }

        return new ThemeBenchmarkResult(report.Metadata.Trainer, report.Metadata.TrainParagraphs, trainingTime, trainingCpuTime,
            texts.Length, time.GetElapsedTime(classifyStarted), Environment.CpuUsage.TotalTime - cpuStarted,
            report.ModelBytes + new FileInfo(ThemeModelFiles.MetadataPath(modelsDirectory)).Length);
    }
}
