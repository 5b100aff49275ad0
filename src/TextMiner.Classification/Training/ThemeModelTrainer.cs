using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Evaluation;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// Trains one calibrated binary model per theme on <c>train</c> with each candidate learner, picks per-label thresholds
/// on <c>dev</c>, keeps the learner with the best dev macro-F1 and writes <c>themes.zip</c> + <c>themes.json</c>.
/// </summary>
public sealed class ThemeModelTrainer(ThemeTrainingOptions? options = null, TimeProvider? time = null,
    Action<string>? progress = null)
{
    private readonly ThemeTrainingOptions _options = options ?? new ThemeTrainingOptions();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Trains from the train and dev splits embedded in this assembly.</summary>
    public ThemeTrainingReport TrainFromEmbedded(string modelsDirectory) =>
        Train(LabelledCorpus.LoadEmbedded(LabelSplits.Train), LabelledCorpus.LoadEmbedded(LabelSplits.Dev), modelsDirectory);

    public ThemeTrainingReport Train(
        IReadOnlyList<LabelledParagraph> train, IReadOnlyList<LabelledParagraph> dev, string modelsDirectory)
    {
        _options.Validate();
        if (train.Count == 0 || dev.Count == 0)
        {
            throw new ArgumentException("Training needs a non-empty train and dev split.");
        }

        var started = _time.GetTimestamp();
        var ml = new MLContext(_options.Seed);
        var trainView = ml.Data.LoadFromEnumerable(train.Select(TrainingRow.From).ToList());
        var devView = ml.Data.LoadFromEnumerable(dev.Select(TrainingRow.From).ToList());
        var featurizer = ThemeFeaturizer.Create(ml, _options).Fit(trainView);
        var trainFeatures = InMemoryFeatures(ml, featurizer.Transform(trainView));
        var devFeatures = InMemoryFeatures(ml, featurizer.Transform(devView));
        var featureSeconds = _time.GetElapsedTime(started).TotalSeconds;
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"Featurised {train.Count} train and {dev.Count} dev paragraphs in {featureSeconds:0.0} s ({FeatureCount(trainFeatures)} features)"));

        var fits = _options.Trainers
            .Select(kind => FitCandidate(ml, kind, trainFeatures, devFeatures, dev, featureSeconds))
            .ToList();
        var best = fits.OrderByDescending(f => f.Candidate.DevMacroF1).First();

        var saveStarted = _time.GetTimestamp();
        Directory.CreateDirectory(modelsDirectory);
        var chain = Compose(ml, featurizer, best.Models, devFeatures);
        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema;
        AtomicFile.Write(ThemeModelFiles.ModelPath(modelsDirectory), stream => ml.Model.Save(chain, inputSchema, stream));

        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"Kept {best.Candidate.Trainer}; model saved in {_time.GetElapsedTime(saveStarted).TotalSeconds:0.0} s"));
        var metadata = new ThemeModelMetadata(
            ThemeModelFiles.FormatVersion, best.Candidate.Trainer, _options.Seed, Themes.All, best.Thresholds,
            fits.Select(f => f.Candidate).ToList(), _options.MaxTextLength, train.Count, dev.Count,
            TrainingData.Sha256(train, dev), Math.Round(_time.GetElapsedTime(started).TotalSeconds, 2),
            _time.GetUtcNow());
        ThemeModelMetadataFile.Write(modelsDirectory, metadata);
        return new ThemeTrainingReport(metadata, ThemeModelFiles.ModelPath(modelsDirectory),
            new FileInfo(ThemeModelFiles.ModelPath(modelsDirectory)).Length);
    }

    private static IDataView InMemoryFeatures(MLContext ml, IDataView featurised)
    {
        var rows = ml.Data.CreateEnumerable<FeatureRow>(featurised, reuseRowObject: false, ignoreMissingColumns: true).ToList();
        var definition = SchemaDefinition.Create(typeof(FeatureRow));
        definition[ThemeFeaturizer.FeaturesColumn].ColumnType = featurised.Schema[ThemeFeaturizer.FeaturesColumn].Type;
        return ml.Data.LoadFromEnumerable(rows, definition);
    }

    private static int FeatureCount(IDataView features) =>
        features.Schema[ThemeFeaturizer.FeaturesColumn].Type is VectorDataViewType v ? v.Size : 0;

    private CandidateFit FitCandidate(MLContext ml, ThemeTrainerKind kind, IDataView trainFeatures, IDataView devFeatures,
        IReadOnlyList<LabelledParagraph> dev, double featureSeconds)
    {
        var started = _time.GetTimestamp();
        var models = new ITransformer[Themes.All.Count];
        var thresholds = new LabelThreshold[Themes.All.Count];
        var predicted = dev.Select(_ => new List<string>()).ToArray();
        for (var i = 0; i < Themes.All.Count; i++)
        {
            var label = Themes.All[i];
            models[i] = BinaryLearners.Create(ml, _options, kind, LabelColumns.LabelColumn(i)).Fit(trainFeatures);
            var probabilities = models[i].Transform(devFeatures).GetColumn<float>("Probability").ToArray();
            var gold = dev.Select(p => p.Labels.Contains(label, StringComparer.Ordinal)).ToArray();
            var (threshold, f1) = ThresholdSelector.Select(probabilities, gold);
            thresholds[i] = new LabelThreshold(label, threshold, Math.Round(f1, 4));
            for (var row = 0; row < probabilities.Length; row++)
            {
                if (probabilities[row] >= threshold)
                {
                    predicted[row].Add(label);
                }
            }
        }

        var metrics = MultiLabelScorer.Score(dev.Select(p => (IReadOnlyCollection<string>)[.. p.Labels]).ToList(), predicted);
        var seconds = featureSeconds + _time.GetElapsedTime(started).TotalSeconds;
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"{kind}: dev macro-F1 {metrics.MacroF1:0.000} in {_time.GetElapsedTime(started).TotalSeconds:0.0} s"));
        var candidate = new TrainerCandidate(kind.ToString(), Math.Round(metrics.MacroF1, 4), Math.Round(metrics.MicroF1, 4),
            Math.Round(seconds, 2));
        return new CandidateFit(candidate, models, thresholds);
    }

    /// <summary>featurizer → (model_i → copy its Probability to P_i) for each label → concatenate into Probabilities.</summary>
    private static TransformerChain<ITransformer> Compose(
        MLContext ml, ITransformer featurizer, IReadOnlyList<ITransformer> models, IDataView schemaDonor)
    {
        var parts = new List<ITransformer> { featurizer };
        var current = schemaDonor;
        var columns = new string[models.Count];
        for (var i = 0; i < models.Count; i++)
        {
            columns[i] = "P" + LabelColumns.LabelColumn(i);
            current = models[i].Transform(current);
            var copy = ml.Transforms.CopyColumns(columns[i], "Probability").Fit(current);
            current = copy.Transform(current);
            parts.Add(models[i]);
            parts.Add(copy);
        }

        parts.Add(ml.Transforms.Concatenate(ThemeModelFiles.ProbabilitiesColumn, columns).Fit(current));
        return new TransformerChain<ITransformer>([.. parts]);
    }

    private sealed record CandidateFit(TrainerCandidate Candidate, IReadOnlyList<ITransformer> Models,
        IReadOnlyList<LabelThreshold> Thresholds);
}
