using TextMiner.Classification.Model;
using TextMiner.Classification.Training;

namespace TextMiner.Benchmarks.Themes;

/// <summary>
/// Trains the theme model on <c>paragraphs</c> paragraphs (the embedded train, dev and realistic dev paragraphs repeated
/// in that order, the last dev-sized slice used for tuning) into <paramref name="workDirectory"/>, then classifies the
/// same paragraphs in batches of 256 and reports time, throughput and model size. <c>bench/themes_sklearn.py</c> builds
/// the same paragraphs for scikit-learn.
/// </summary>
public static class ThemeBenchmark
{
    public const int DefaultParagraphs = 20_000;
    public const int BatchSize = 256;

    public static ThemeBenchmarkResult Run(string workDirectory, int paragraphs = DefaultParagraphs,
        ThemeTrainingOptions? options = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var embedded = ThemeTrainingSet.Embedded();
        var pool = embedded.All.ToList();
        var all = Enumerable.Range(0, Math.Max(paragraphs, 10)).Select(i => pool[i % pool.Count]).ToList();
        var tuning = Math.Min(embedded.Dev.Count + embedded.Realistic.Count, all.Count / 5);
        var set = new ThemeTrainingSet(all[..^tuning], all[^tuning..], []);

        var modelsDirectory = Path.Combine(workDirectory, "models");
        var trainCpuStarted = Environment.CpuUsage.TotalTime;
        var trainStarted = time.GetTimestamp();
        var report = new ThemeModelTrainer(options, time).Train(set, modelsDirectory);
        var trainingTime = time.GetElapsedTime(trainStarted);
        var trainingCpuTime = Environment.CpuUsage.TotalTime - trainCpuStarted;

        var classifier = ThemeClassifier.Load(modelsDirectory);
        var texts = all.Select(p => p.Text).ToArray();
        classifier.Classify(texts.Take(BatchSize).ToArray()); // warm-up: first use jits the scorer

        var cpuStarted = Environment.CpuUsage.TotalTime;
        var classifyStarted = time.GetTimestamp();
        foreach (var batch in texts.Chunk(BatchSize))
        {
            classifier.Classify(batch);
        }

        return new ThemeBenchmarkResult(report.Metadata.Trainer, all.Count, trainingTime, trainingCpuTime,
            texts.Length, time.GetElapsedTime(classifyStarted), Environment.CpuUsage.TotalTime - cpuStarted,
            report.ModelBytes + new FileInfo(ThemeModelFiles.MetadataPath(modelsDirectory)).Length);
    }
}
