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
    /// <summary>
    /// The candidates: featurisers scoring the whole paragraph (the old model's words and characters with plain tf-idf;
    /// words; words and lexicon), then the default (the winner) without sentence evidence, with character 3-5-grams,
    /// with scikit-learn's C = 1, and the default with each ML.NET learner (SDCA is left out: several minutes a fit).
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
            defaults with { Features = defaults.Features with { CharNgramLengths = [3, 4, 5] } },
            defaults with { DualC = 1 },
            defaults,
            .. new[] { ThemeTrainerKind.LbfgsLogisticRegression, ThemeTrainerKind.LinearSvm, ThemeTrainerKind.AveragedPerceptron }
                .Where(k => k != defaults.Trainer).Select(k => defaults with { Trainer = k }),
        ];
    }

    public static IReadOnlyList<ComparisonRow> Run(ThemeTrainingSet set, ThemeTrainingOptions? defaults = null,
        TimeProvider? time = null, Action<string>? progress = null)
    {
        defaults ??= new ThemeTrainingOptions();
        time ??= TimeProvider.System;
        var realistic = Halves(set.Realistic, defaults.Seed);
        if (realistic.Any(h => h.Count < defaults.Folds))
        {
            throw new ArgumentException(ThemeTrainingSet.RealisticMissingMessage);
        }

        var corpusDev = (set.Dev.Where((_, i) => i % 2 == 0).ToList(), set.Dev.Where((_, i) => i % 2 == 1).ToList());
        var rows = new List<ComparisonRow>();
        foreach (var options in Candidates(defaults))
        {
            var row = RunOne(set.Train, realistic, [corpusDev.Item1, corpusDev.Item2], options, time);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{row.Features} / {row.Trainer}: macro-F1 {row.MacroF1:0.000}, micro-F1 {row.MicroF1:0.000}, mean AP {row.MacroAveragePrecision:0.000}, corpus dev macro-F1 {row.CorpusDevMacroF1:0.000}, {row.Seconds:0.0} s"));
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The paragraphs in two halves by document (the id before its "-p&lt;n&gt;" suffix), documents shuffled by seed.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelledParagraph>> Halves(IReadOnlyList<LabelledParagraph> paragraphs, int seed)
    {
        var documents = paragraphs.Select(p => DocumentOf(p.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(documents);
        var half = documents.Select((d, i) => (d, i % 2)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        return [.. Enumerable.Range(0, 2).Select(h => (IReadOnlyList<LabelledParagraph>)[.. paragraphs.Where(p => half[DocumentOf(p.Id)] == h)])];
    }

    public static string DocumentOf(string paragraphId)
    {
        var cut = paragraphId.LastIndexOf("-p", StringComparison.Ordinal);
        return cut > 0 && paragraphId[(cut + 2)..] is { Length: > 0 } n && n.All(char.IsAsciiDigit) ? paragraphId[..cut] : paragraphId;
    }

    private static ComparisonRow RunOne(IReadOnlyList<LabelledParagraph> train, IReadOnlyList<IReadOnlyList<LabelledParagraph>> realistic,
        IReadOnlyList<IReadOnlyList<LabelledParagraph>> corpusDev, ThemeTrainingOptions options, TimeProvider time)
    {
        var started = time.GetTimestamp();
        var (gold, predicted, corpusGold, corpusPredicted) = (new List<IReadOnlyCollection<string>>(), new List<IReadOnlyCollection<string>>(),
            new List<IReadOnlyCollection<string>>(), new List<IReadOnlyCollection<string>>());
        var averagePrecision = new List<double>();
        var featureCount = 0;
        for (var held = 0; held < 2; held++)
        {
            var directory = Directory.CreateTempSubdirectory("textminer-compare-");
            try
            {
                var report = new ThemeModelTrainer(options, time).Train(
                    new ThemeTrainingSet(train, corpusDev[1 - held], realistic[1 - held]), directory.FullName);
                featureCount = report.Metadata.FeatureCount;
                var model = ThemeClassifier.Load(directory.FullName);
                var texts = realistic[held].Select(p => p.Text).ToList();
                gold.AddRange(realistic[held].Select(p => (IReadOnlyCollection<string>)[.. p.Labels]));
                predicted.AddRange(model.Classify(texts).Select(t => (IReadOnlyCollection<string>)[.. t.Select(s => s.Label)]));
                averagePrecision.Add(MeanAveragePrecision([.. model.Probabilities(texts)], [.. realistic[held].Select(p => p.Labels)]));
                corpusGold.AddRange(corpusDev[held].Select(p => (IReadOnlyCollection<string>)[.. p.Labels]));
                corpusPredicted.AddRange(model.Classify([.. corpusDev[held].Select(p => p.Text)]).Select(t => (IReadOnlyCollection<string>)[.. t.Select(s => s.Label)]));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        var metrics = MultiLabelScorer.Score(gold, predicted);
        var trainer = options.Trainer == ThemeTrainerKind.DualLogisticRegression
            ? string.Create(CultureInfo.InvariantCulture, $"{options.Trainer}, C = {options.DualC:0.##}")
            : options.Trainer.ToString();
        return new ComparisonRow(options.DescribeFeatures(), trainer, featureCount, metrics.MacroF1Present, metrics.MicroF1,
            averagePrecision.Average(), MultiLabelScorer.Score(corpusGold, corpusPredicted).MacroF1, time.GetElapsedTime(started).TotalSeconds);
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
    public static string ToMarkdown(IReadOnlyList<ComparisonRow> rows, int paragraphs)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Cross-validated on {paragraphs} realistic dev paragraphs in two halves by document (each half's model trains on corpus/labels train, the other half and half of corpus dev, with calibration and thresholds cross-fitted there); macro-F1 over the labels with realistic dev positives, counts pooled over both halves; corpus dev macro-F1 on the corpus dev half held out with it:");
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
