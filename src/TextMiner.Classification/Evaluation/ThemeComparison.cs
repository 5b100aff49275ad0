using System.Globalization;
using System.Text;
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
    /// <summary>
    /// The candidates: the featuriser used before (words and characters, plain tf-idf) and its rivals, each scoring the
    /// whole paragraph; then the default (the winner) with sentence evidence; then the default with each other learner.
    /// </summary>
    public static IReadOnlyList<ThemeTrainingOptions> Candidates(ThemeTrainingOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var whole = defaults with { SentenceEvidence = false };
        FeatureOptions[] featurisers =
        [
            new() { CharNgramLengths = [3, 4, 5], SublinearTf = false, Lexicon = false },
            new() { SublinearTf = true, Lexicon = false },
            new() { SublinearTf = true, Lexicon = true },
            new() { CharNgramLengths = [3, 4, 5], SublinearTf = true, Lexicon = false },
        ];
        return
        [
            .. featurisers.Select(f => whole with { Features = f }),
            defaults,
            .. Enum.GetValues<ThemeTrainerKind>().Where(k => k != defaults.Trainer).Select(k => defaults with { Trainer = k }),
        ];
    }

    public static IReadOnlyList<ComparisonRow> Run(ThemeTrainingSet set, ThemeTrainingOptions? defaults = null,
        TimeProvider? time = null, Action<string>? progress = null)
    {
        defaults ??= new ThemeTrainingOptions();
        time ??= TimeProvider.System;
        if (set.Realistic.Count < defaults.Folds)
        {
            throw new ArgumentException(ThemeTrainingSet.RealisticMissingMessage);
        }

        var rows = new List<ComparisonRow>();
        foreach (var options in Candidates(defaults))
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
        var (_, scores) = new CrossFitter(options).FitWithOutOfFold(matrix, foldOf, options.Folds);
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
            $"Cross-validated on {paragraphs} realistic dev paragraphs ({folds} folds; each fold's model also trains on corpus/labels train and dev; macro-F1 over the labels with realistic dev positives, thresholds tuned out of fold):");
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
