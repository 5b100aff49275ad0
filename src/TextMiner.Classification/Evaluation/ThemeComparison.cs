using System.Globalization;
using System.Text;
using Microsoft.ML;
using TextMiner.Classification.Features;
using TextMiner.Classification.Training;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Evaluation;

/// <summary>
/// Which featuriser and learner generalise to real phrasing: each candidate is cross-validated on the realistic dev
/// paragraphs (k folds; every fold's model trains on corpus/labels train and dev plus the other folds), then scored on
/// the out-of-fold predictions after per-label calibration and thresholds, and by threshold-free average precision.
/// </summary>
public static class ThemeComparison
{
    /// <summary>The featurisers compared: the one used before (words and characters, plain tf-idf) and its rivals.</summary>
    public static IReadOnlyList<FeatureOptions> Featurisers { get; } =
    [
        new() { CharNgramLengths = [3, 4, 5], SublinearTf = false, Lexicon = false, MinDocumentFrequency = 1 },
        new() { SublinearTf = true, Lexicon = false },
        new() { SublinearTf = true, Lexicon = true },
        new() { CharNgramLengths = [3, 4, 5], SublinearTf = true, Lexicon = true },
    ];

    public static IReadOnlyList<ComparisonRow> Run(ThemeTrainingSet set, ThemeTrainingOptions? baseOptions = null,
        TimeProvider? time = null, Action<string>? progress = null)
    {
        baseOptions ??= new ThemeTrainingOptions();
        time ??= TimeProvider.System;
        if (set.Realistic.Count < baseOptions.Folds)
        {
            throw new ArgumentException(ThemeTrainingSet.RealisticMissingMessage);
        }

        var candidates = Featurisers.Select(f => baseOptions with { Features = f })
            .Concat(Enum.GetValues<ThemeTrainerKind>().Where(k => k != baseOptions.Trainer).Select(k => baseOptions with { Trainer = k }))
            .ToList();
        var rows = new List<ComparisonRow>();
        foreach (var options in candidates)
        {
            var row = RunOne(set, options, time);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{row.Features} / {row.Trainer}: macro-F1 {row.MacroF1:0.000}, micro-F1 {row.MicroF1:0.000}, mean AP {row.MacroAveragePrecision:0.000}, {row.Seconds:0.0} s"));
            rows.Add(row);
        }

        return rows;
    }

    private static ComparisonRow RunOne(ThemeTrainingSet set, ThemeTrainingOptions options, TimeProvider time)
    {
        var started = time.GetTimestamp();
        var paragraphs = set.All.ToList();
        var firstRealistic = set.Train.Count + set.Dev.Count;
        var weights = paragraphs.Select((_, i) => i >= firstRealistic ? (float)options.RealisticWeight : 1f).ToList();
        var space = FeatureSpace.Fit([.. paragraphs.Select(p => TextPreparation.Prepare(p.Text, options.MaxTextLength))], options.Features);
        var matrix = new FeatureMatrix(space, paragraphs, weights, options.MaxTextLength);
        var realisticRows = Enumerable.Range(firstRealistic, set.Realistic.Count).ToList();
        var foldOf = CrossFitter.AssignFolds(paragraphs.Count, realisticRows, options.Folds, options.Seed);
        var scores = new CrossFitter(options).OutOfFoldScores(new MLContext(options.Seed), matrix, foldOf, options.Folds);
        var gold = set.Realistic.Select(p => p.Labels).ToList();
        var outOfFold = realisticRows.Select(r => scores[r]).ToList();
        var tuned = OutOfFoldTuning.Tune(outOfFold, gold);
        return new ComparisonRow(options.DescribeFeatures(), options.Trainer.ToString(), space.Count,
            tuned.Metrics.MacroF1Present, tuned.Metrics.MicroF1, MeanAveragePrecision(outOfFold, gold), time.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Average precision per label (labels with a positive), averaged: how well scores rank, at no threshold.</summary>
    internal static double MeanAveragePrecision(IReadOnlyList<float[]> scores, IReadOnlyList<IReadOnlyList<string>> gold)
    {
        var perLabel = new List<double>();
        for (var label = 0; label < Themes.All.Count; label++)
        {
            var ranked = scores.Select((s, i) => (Score: s[label], Gold: gold[i].Contains(Themes.All[label], StringComparer.Ordinal)))
                .OrderByDescending(x => x.Score).ToList();
            var positives = ranked.Count(x => x.Gold);
            if (positives == 0)
            {
                continue;
            }

            double hits = 0, sum = 0;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (ranked[i].Gold)
                {
                    hits++;
                    sum += hits / (i + 1);
                }
            }

            perLabel.Add(sum / positives);
        }

        return perLabel.Count == 0 ? 0 : perLabel.Average();
    }

    /// <summary>The comparison as a Markdown table (what the README shows), best macro-F1 first.</summary>
    public static string ToMarkdown(IReadOnlyList<ComparisonRow> rows, int paragraphs, int folds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Cross-validated on {paragraphs} realistic dev paragraphs ({folds} folds; each fold's model also trains on corpus/labels train and dev):");
        text.AppendLine();
        text.AppendLine("| features | learner | features kept | macro-F1 | micro-F1 | mean average precision | seconds |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows.OrderByDescending(r => r.MacroF1))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Features} | {r.Trainer} | {r.FeatureCount} | {r.MacroF1:0.000} | {r.MicroF1:0.000} | {r.MacroAveragePrecision:0.000} | {r.Seconds:0.0} |");
        }

        return text.ToString();
    }
}
