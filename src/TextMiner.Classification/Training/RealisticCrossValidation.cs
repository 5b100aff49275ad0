using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>
/// One training configuration cross-validated on the realistic dev paragraphs (k folds; every fold's model trains on
/// corpus/labels train and dev plus the other folds): the out-of-fold scores, and the metrics after per-label
/// calibration and thresholds tuned on them. The featuriser and learner comparison of `evaluate` is built on it.
/// </summary>
public static class RealisticCrossValidation
{
    public static RealisticCrossValidationResult Run(ThemeTrainingSet set, ThemeTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var paragraphs = set.All.ToList();
        var firstRealistic = set.Train.Count + set.Dev.Count;
        var weights = paragraphs.Select((_, i) => i >= firstRealistic ? (float)options.RealisticWeight : 1f).ToList();
        var space = FeatureSpace.Fit([.. paragraphs.Select(p => TextPreparation.Prepare(p.Text, options.MaxTextLength))], options.Features);
        var matrix = new FeatureMatrix(space, paragraphs, weights, options.MaxTextLength);
        var realisticRows = Enumerable.Range(firstRealistic, set.Realistic.Count).ToList();
        var foldOf = CrossFitter.AssignFolds(paragraphs.Count, realisticRows, options.Folds, options.Seed);
        var scores = new CrossFitter(options).OutOfFoldScores(matrix, foldOf, options.Folds);
        var gold = set.Realistic.Select(p => p.Labels).ToList();
        var outOfFold = realisticRows.Select(r => scores[r]).ToList();
        return new RealisticCrossValidationResult(space.Count, outOfFold, gold, OutOfFoldTuning.Tune(outOfFold, gold).Metrics);
    }
}
