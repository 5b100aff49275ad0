using System.Globalization;
using System.Text;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Features;
using TextMiner.Classification.Metrics;
using TextMiner.Classification.Model;
using TextMiner.Classification.Training;
using TextMiner.Core.Records;

namespace TextMiner.Evaluation.Classification;

/// <summary>
/// Which featuriser and learner generalise to real phrasing: the realistic dev paragraphs are split in two halves by
/// document (a document's paragraphs share phrasing, so splitting paragraphs would flatter), and so are the corpus dev
/// paragraphs. Each candidate is trained by the real pipeline (<see cref="ThemeModelTrainer"/>: corpus/labels train,
/// one half of each dev set, calibration and thresholds cross-fitted on that half) and scored on the other halves;
/// then the other way round. Counts are pooled over the two held-out halves.
/// </summary>
public static class ThemeComparison
{
    public const int DefaultFolds = 5;

    public const int DefaultRepeats = 3;

    /// <summary>
    /// The candidates: featurisers scoring the whole paragraph (the old model's words and characters with plain tf-idf;
    /// words; words and lexicon), then the default (the winner) without sentence evidence, without the theme phrase
    /// groups (the default before them), with character 3-5-grams,
    /// with scikit-learn's C = 1, with unsmoothed thresholds, with naive Bayes feature scaling (NB-LR, its own best C),
    /// with negative sentence rows, and the default with each ML.NET learner (SDCA is left out: several minutes a fit).
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
        ];
        return
        [
            .. featurisers.Select(f => whole with { Features = f }),
            whole,
            defaults with { Features = defaults.Features with { ThemeLexicon = false } },
            defaults with { Features = defaults.Features with { CharNgramLengths = [3, 4, 5] } },
            defaults with { DualC = 1 },
            defaults with { ThresholdSmoothing = 0 },
            defaults with { NaiveBayesPower = 1, DualC = 8 },
            defaults with { NegativeSentenceWeight = 0.5 },
            defaults,
            .. new[] { ThemeTrainerKind.LbfgsLogisticRegression, ThemeTrainerKind.LinearSvm, ThemeTrainerKind.AveragedPerceptron }
                .Where(k => k != defaults.Trainer).Select(k => defaults with { Trainer = k }),
        ];
    }

    /// <param name="repeats">Each candidate is cross-validated this many times, with documents dealt into folds by a
    /// different seed each time, and the figures averaged: with few positives of the rare labels one dealing alone moves
    /// macro-F1 by a few hundredths.</param>
    public static IReadOnlyList<ComparisonRow> Run(ThemeTrainingSet set, ThemeTrainingOptions? defaults = null,
        TimeProvider? time = null, Action<string>? progress = null, int folds = DefaultFolds, int repeats = DefaultRepeats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        defaults ??= new ThemeTrainingOptions();
        var rows = new List<ComparisonRow>();
        foreach (var options in Candidates(defaults))
        {
            var runs = Enumerable.Range(0, repeats).Select(r => CrossValidate(set, options with { Seed = options.Seed + r }, folds, time)).ToList();
            var row = ToRow(options, runs);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{row.Features} / {row.Trainer}: macro-F1 {row.MacroF1:0.000}, micro-F1 {row.MicroF1:0.000}, mean AP {row.MacroAveragePrecision:0.000}, corpus dev macro-F1 {row.CorpusDevMacroF1:0.000}, {row.Seconds:0.0} s"));
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// One candidate cross-validated by document: the realistic dev paragraphs in <paramref name="folds"/> folds of whole
    /// documents, corpus dev in as many folds; each fold is scored by a model trained (the whole pipeline, calibration
    /// and thresholds included) on corpus/labels train and the other folds of both. Counts are pooled over the folds.
    /// </summary>
    public static CrossValidation CrossValidate(ThemeTrainingSet set, ThemeTrainingOptions options, int folds = DefaultFolds,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        time ??= TimeProvider.System;
        var realistic = Folds(set.Realistic, folds, options.Seed);
        if (realistic.Any(f => f.Count < options.Folds))
        {
            throw new ArgumentException(ThemeTrainingSet.RealisticMissingMessage);
        }

        var corpusDev = Enumerable.Range(0, folds).Select(f => (IReadOnlyList<LabelledParagraph>)[.. set.Dev.Where((_, i) => i % folds == f)]).ToList();
        var started = time.GetTimestamp();
        var (gold, predicted, corpusGold, corpusPredicted) = (new List<IReadOnlyCollection<string>>(), new List<IReadOnlyCollection<string>>(),
            new List<IReadOnlyCollection<string>>(), new List<IReadOnlyCollection<string>>());
        var probabilities = new List<float[]>();
        var featureCount = 0;
        for (var held = 0; held < folds; held++)
        {
            var directory = Directory.CreateTempSubdirectory("textminer-compare-");
            try
            {
                var others = Enumerable.Range(0, folds).Where(f => f != held).ToList();
                var report = new ThemeModelTrainer(options, time).Train(new ThemeTrainingSet(set.Train,
                    [.. others.SelectMany(f => corpusDev[f])], [.. others.SelectMany(f => realistic[f])]), directory.FullName);
                featureCount = report.Metadata.FeatureCount;
                var model = ThemeClassifier.Load(directory.FullName);
                var texts = realistic[held].Select(p => p.Text).ToList();
                gold.AddRange(realistic[held].Select(p => (IReadOnlyCollection<string>)[.. p.Labels]));
                predicted.AddRange(model.Classify(texts).Select(t => (IReadOnlyCollection<string>)[.. t.Select(s => s.Label)]));
                probabilities.AddRange(model.Probabilities(texts));
                corpusGold.AddRange(corpusDev[held].Select(p => (IReadOnlyCollection<string>)[.. p.Labels]));
                corpusPredicted.AddRange(model.Classify([.. corpusDev[held].Select(p => p.Text)]).Select(t => (IReadOnlyCollection<string>)[.. t.Select(s => s.Label)]));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        return new CrossValidation(folds, MultiLabelScorer.Score(gold, predicted), MultiLabelScorer.Score(corpusGold, corpusPredicted),
            MeanAveragePrecision(probabilities, [.. gold.Select(g => (IReadOnlyList<string>)[.. g])]), featureCount,
            time.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>The paragraphs in two halves by document; see <see cref="Folds"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelledParagraph>> Halves(IReadOnlyList<LabelledParagraph> paragraphs, int seed) =>
        Folds(paragraphs, 2, seed);

    /// <summary>The paragraphs in <paramref name="folds"/> folds by document (the id before its "-p&lt;n&gt;" suffix),
    /// documents shuffled by seed and dealt round-robin.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelledParagraph>> Folds(IReadOnlyList<LabelledParagraph> paragraphs, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var documents = paragraphs.Select(p => DocumentOf(p.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(documents);
        var fold = documents.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        return [.. Enumerable.Range(0, folds).Select(f => (IReadOnlyList<LabelledParagraph>)[.. paragraphs.Where(p => fold[DocumentOf(p.Id)] == f)])];
    }

    public static string DocumentOf(string paragraphId)
    {
        var cut = paragraphId.LastIndexOf("-p", StringComparison.Ordinal);
        return cut > 0 && paragraphId[(cut + 2)..] is { Length: > 0 } n && n.All(char.IsAsciiDigit) ? paragraphId[..cut] : paragraphId;
    }

    private static ComparisonRow ToRow(ThemeTrainingOptions options, IReadOnlyList<CrossValidation> runs)
    {
        var trainer = options.Trainer == ThemeTrainerKind.DualLogisticRegression
            ? string.Create(CultureInfo.InvariantCulture, $"{options.Trainer}, C = {options.DualC:0.##}")
                + (options.NaiveBayesPower > 0 ? " on NB-scaled features" : "")
            : options.Trainer.ToString();
        trainer += string.Create(CultureInfo.InvariantCulture, $"; thresholds {(options.ThresholdSmoothing == 0 ? "unsmoothed" : $"smoothed ±{options.ThresholdSmoothing}")}");
        return new ComparisonRow(options.DescribeFeatures(), trainer, runs[0].FeatureCount, runs.Average(r => r.Realistic.MacroF1Present),
            runs.Average(r => r.Realistic.MicroF1), runs.Average(r => r.MeanAveragePrecision), runs.Average(r => r.CorpusDev.MacroF1),
            runs.Average(r => r.Seconds));
    }

    /// <summary>Average precision per label (labels with a positive), averaged: how well scores rank, at no threshold.</summary>
    public static double MeanAveragePrecision(IReadOnlyList<float[]> scores, IReadOnlyList<IReadOnlyList<string>> gold)
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
    public static string ToMarkdown(IReadOnlyList<ComparisonRow> rows, int paragraphs, int folds = DefaultFolds, int repeats = DefaultRepeats)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Cross-validated on {paragraphs} realistic dev paragraphs in {folds} folds by document, {repeats} times with documents dealt differently, figures averaged (each fold is scored by a model trained on corpus/labels train and the other folds of realistic and corpus dev, with calibration and thresholds cross-fitted there); macro-F1 over the labels with realistic dev positives, counts pooled over the folds; corpus dev macro-F1 on the corpus dev fold held out with it; seconds per cross-validation:");
        text.AppendLine();
        text.AppendLine("| features | learner | features kept | macro-F1 | micro-F1 | mean average precision | corpus dev macro-F1 | seconds |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in rows.OrderByDescending(r => r.MacroF1))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Features} | {r.Trainer} | {r.FeatureCount} | {r.MacroF1:0.000} | {r.MicroF1:0.000} | {r.MacroAveragePrecision:0.000} | {r.CorpusDevMacroF1:0.000} | {r.Seconds:0.0} |");
        }

        return text.ToString();
    }
}
