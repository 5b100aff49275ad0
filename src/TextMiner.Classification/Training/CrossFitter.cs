using Microsoft.ML;
using TextMiner.Classification.Features;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// Fits one linear learner per label on a <see cref="FeatureMatrix"/>, and produces out-of-fold scores: each row in a
/// fold is scored by models trained without that fold (rows in no fold are always trained on). With the project's own
/// learner the fold models warm-start from the full model (held-out rows removed from the start), so the folds cost a
/// few passes each instead of a fit from scratch.
/// </summary>
internal sealed class CrossFitter(ThemeTrainingOptions options)
{
    public const int NoFold = -1;

    /// <summary>The model fitted on every row, and raw out-of-fold scores [row][label] (NaN for rows in no fold).</summary>
    public (LinearFit Final, float[][] OutOfFold) FitWithOutOfFold(FeatureMatrix matrix, IReadOnlyList<int> foldOf, int folds)
    {
        var all = Enumerable.Range(0, matrix.RowCount).ToList();
        var bounds = UpperBounds(matrix);
        var solutions = new DualLogisticRegression.Solution?[Themes.All.Count];
        var final = Fit(all, matrix, bounds, solutions, null);
        var scores = new float[matrix.RowCount][];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = all.Where(r => foldOf[r] != fold).ToList();
            var scorer = Scorer(matrix, Fit(train, matrix, bounds, new DualLogisticRegression.Solution?[Themes.All.Count], solutions));
            var scratch = new FeatureScratch();
            for (var row = 0; row < matrix.RowCount; row++)
            {
                if (foldOf[row] == fold && !matrix.NegativeOnly[row])
                {
                    scores[row] = new float[Themes.All.Count];
                    scorer.Score(matrix.Texts[row], scratch, scores[row]);
                }
            }
        }

        for (var row = 0; row < scores.Length; row++)
        {
            scores[row] ??= [.. Enumerable.Repeat(float.NaN, Themes.All.Count)];
        }

        return (final, scores);
    }

    private LinearFit Fit(IReadOnlyList<int> rows, FeatureMatrix matrix, double[][] bounds,
        DualLogisticRegression.Solution?[] solutions, DualLogisticRegression.Solution?[]? warm)
    {
        var weights = new float[]?[Themes.All.Count];
        var biases = Enumerable.Repeat(LinearFit.NeverBias, Themes.All.Count).ToArray();
        var view = options.Trainer == ThemeTrainerKind.DualLogisticRegression ? null : matrix.View(new MLContext(options.Seed), rows);
        Parallel.For(0, Themes.All.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, label =>
        {
            var positive = matrix.Labels.Select(l => l.Has(label)).ToArray();
            var labelRows = rows.Where(r => !(matrix.NegativeOnly[r] && positive[r])).ToList();
            if (!labelRows.Any(r => positive[r]))
            {
                return;
            }

            if (view is null)
            {
                var scale = options.NaiveBayesPower > 0
                    ? NaiveBayesScaling.Scales(matrix.Sparse, labelRows, positive, options.NaiveBayesPower)
                    : null;
                var data = scale is null ? matrix.Sparse : NaiveBayesScaling.Scale(matrix.Sparse, scale);
                // Seeded by the label, so the result does not depend on the order of the work.
                var solution = DualLogisticRegression.Fit(data, labelRows, positive, bounds[label], warm?[label],
                    options.Seed + label, options.DualTolerance, warm is null ? options.DualMaxPasses : options.FoldMaxPasses);
                solutions[label] = solution;
                weights[label] = solution.Weights[..^1];
                if (scale is not null)
                {
                    // The learner saw s ⊙ x; the same model over x has weights w ⊙ s.
                    for (var f = 0; f < scale.Length; f++)
                    {
                        weights[label]![f] *= scale[f];
                    }
                }

                biases[label] = solution.Weights[^1];
            }
            else
            {
                var model = LinearLearner.Fit(new MLContext(options.Seed + label), options, view, LabelColumns.LabelColumn(label));
                weights[label] = [.. model.Weights];
                biases[label] = model.Bias;
            }
        });
        return new LinearFit(weights, biases, matrix.Space.Count);
    }

    /// <summary>Each row's C per label: the regularisation constant times the row's weight, and for a positive row the
    /// label's class weight (negatives / positives to the power <see cref="ThemeTrainingOptions.ClassWeightPower"/>).</summary>
    private double[][] UpperBounds(FeatureMatrix matrix)
    {
        var bounds = new double[Themes.All.Count][];
        for (var label = 0; label < bounds.Length; label++)
        {
            var positives = matrix.Labels.Count(l => l.Has(label));
            var classWeight = positives == 0 ? 1 : Math.Pow((double)(matrix.RowCount - positives) / positives, options.ClassWeightPower);
            bounds[label] = [.. Enumerable.Range(0, matrix.RowCount)
                .Select(r => options.DualC * matrix.Weights[r] * (matrix.Labels[r].Has(label) ? classWeight : 1))];
        }

        return bounds;
    }

    public LinearScorer Scorer(FeatureMatrix matrix, LinearFit fit) =>
        new(matrix.Space, fit.TermMajor(), fit.Bias, options.SentenceEvidence);

    /// <summary>The folds of paragraph rows extended to rows derived from them (each in its source row's fold).</summary>
    public static int[] Extend(int[] foldOf, IReadOnlyList<int> sourceOf) =>
        [.. foldOf, .. sourceOf.Select(source => foldOf[source])];

    /// <summary>Assigns the chosen rows to folds round-robin in a seeded shuffled order; the rest get <see cref="NoFold"/>.</summary>
    public static int[] AssignFolds(int rowCount, IEnumerable<int> foldedRows, int folds, int seed)
    {
        var foldOf = Enumerable.Repeat(NoFold, rowCount).ToArray();
        var chosen = foldedRows.ToArray();
        new Random(seed).Shuffle(chosen);
        for (var i = 0; i < chosen.Length; i++)
        {
            foldOf[chosen[i]] = i % folds;
        }

        return foldOf;
    }
}
