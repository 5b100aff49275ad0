using System.Globalization;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Features;
using TextMiner.Classification.Metrics;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// Trains the theme model: one linear learner per label on train, dev and realistic dev together; a Platt sigmoid per
/// label and its threshold fitted on out-of-fold scores of the dev paragraphs (each scored by models that never saw
/// it); then writes the compiled model <c>themes.bin</c> and its sidecar <c>themes.json</c>.
/// </summary>
public sealed class ThemeModelTrainer(ThemeTrainingOptions? options = null, TimeProvider? time = null,
    Action<string>? progress = null)
{
    private readonly ThemeTrainingOptions _options = options ?? new ThemeTrainingOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Trains from the splits embedded in this assembly (realistic dev included when the build found it).</summary>
    public ThemeTrainingReport TrainFromEmbedded(string modelsDirectory) => Train(ThemeTrainingSet.Embedded(), modelsDirectory);

    /// <summary>Trains on <paramref name="train"/> and tunes (and trains) on <paramref name="dev"/>.</summary>
    public ThemeTrainingReport Train(IReadOnlyList<LabelledParagraph> train, IReadOnlyList<LabelledParagraph> dev, string modelsDirectory) =>
        Train(new ThemeTrainingSet(train, dev, []), modelsDirectory);

    public ThemeTrainingReport Train(ThemeTrainingSet set, string modelsDirectory)
    {
        _options.Validate();
        if (set.Train.Count == 0 || set.Dev.Count == 0)
        {
            throw new ArgumentException("Training needs a non-empty train and dev split.");
        }

        var started = _time.GetTimestamp();
        var paragraphs = set.All.ToList();
        var weights = paragraphs.Select((_, i) => i >= set.Train.Count + set.Dev.Count ? (float)_options.RealisticWeight : 1f).ToList();
        var space = FeatureSpace.Fit([.. paragraphs.Select(p => TextPreparation.Prepare(p.Text, _options.MaxTextLength))], _options.Features);
        var sentences = _options.UsesNegativeSentences ? NegativeSentences.Of(paragraphs, _options.MaxTextLength) : [];
        var matrix = new FeatureMatrix(space, [.. paragraphs, .. sentences.Select(s => s.Sentence)],
            [.. weights, .. sentences.Select(s => weights[s.Source] * (float)_options.NegativeSentenceWeight)], _options.MaxTextLength,
            [.. paragraphs.Select(_ => false), .. sentences.Select(_ => true)]);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"Featurised {paragraphs.Count} paragraphs ({sentences.Count} negative sentences) in {_time.GetElapsedTime(started).TotalSeconds:0.0} s ({space.Count} features: {_options.DescribeFeatures()})"));

        var tuning = Enumerable.Range(set.Train.Count, set.Dev.Count + set.Realistic.Count).ToList();
        var foldOf = CrossFitter.Extend(CrossFitter.AssignFolds(paragraphs.Count, tuning, _options.Folds, _options.Seed), [.. sentences.Select(s => s.Source)]);
        var fitter = new CrossFitter(_options);
        var (final, outOfFold) = fitter.FitWithOutOfFold(matrix, foldOf, _options.Folds);
        var tuned = OutOfFoldTuning.Tune([.. tuning.Select(r => outOfFold[r])], [.. tuning.Select(r => paragraphs[r].Labels)],
            [.. tuning.Select(r => r >= set.Train.Count + set.Dev.Count)], _options.RealisticTuningMinPositives, _options.ThresholdSmoothing);
        var realistic = MultiLabelScorer.Score(
            [.. set.Realistic.Select(p => (IReadOnlyCollection<string>)[.. p.Labels])],
            [.. set.Realistic.Select((_, i) => (IReadOnlyCollection<string>)tuned.Predicted[set.Dev.Count + i])]);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{_options.Trainer}: out-of-fold macro-F1 {tuned.Metrics.MacroF1:0.000} on {tuning.Count} dev paragraphs ({_options.Folds} folds)"));

        var model = new LinearThemeModel(fitter.Scorer(matrix, final), tuned.Calibration);
        Directory.CreateDirectory(modelsDirectory);
        AtomicFile.Write(ThemeModelFiles.ModelPath(modelsDirectory), model.Write);

        var metadata = new ThemeModelMetadata(
            ThemeModelFiles.FormatVersion, _options.Trainer.ToString(), _options.DescribeFeatures(), _options.Seed, Themes.All,
            tuned.Thresholds, _options.MaxTextLength, set.Train.Count, set.Dev.Count, set.Realistic.Count, space.Count,
            new CrossValidatedFigures(_options.Folds, Math.Round(tuned.Metrics.MacroF1, 4), Math.Round(tuned.Metrics.MicroF1, 4),
                Math.Round(realistic.MacroF1Present, 4), Math.Round(realistic.MicroF1, 4)),
            TrainingData.Sha256(set), Math.Round(_time.GetElapsedTime(started).TotalSeconds, 2), _time.GetUtcNow());
        ThemeModelMetadataFile.Write(modelsDirectory, metadata);
        return new ThemeTrainingReport(metadata, ThemeModelFiles.ModelPath(modelsDirectory),
            new FileInfo(ThemeModelFiles.ModelPath(modelsDirectory)).Length, set.DescribeRealistic());
    }
}
