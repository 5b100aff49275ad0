using Microsoft.ML;
using Microsoft.ML.Trainers;
using TextMiner.Classification.Features;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// Fits one linear learner per label on a subset of a <see cref="FeatureMatrix"/>, and produces out-of-fold scores:
/// each row in a fold is scored by models trained without that fold (rows in no fold are always trained on).
/// </summary>
internal sealed class CrossFitter(ThemeTrainingOptions options)
{
    public const int NoFold = -1;

    public LinearFit Fit(IReadOnlyList<int> rows, FeatureMatrix matrix)
    {
        var models = new LinearBinaryModelParameters?[Themes.All.Count];
        var view = matrix.View(new MLContext(options.Seed), rows);
        Parallel.For(0, Themes.All.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, label =>
        {
            if (rows.Any(r => matrix.Rows[r].Has(label)))
            {
                // One context per label, seeded by the label, so the result does not depend on the order of the work.
                var ml = new MLContext(options.Seed + label);
                models[label] = LinearLearner.Fit(ml, options, view, LabelColumns.LabelColumn(label));
            }
        });
        return new LinearFit(models, matrix.Space.Count);
    }

    /// <summary>Raw scores [row][label] for every row with a fold (NaN for rows without one).</summary>
    public float[][] OutOfFoldScores(FeatureMatrix matrix, IReadOnlyList<int> foldOf, int folds)
    {
        var scores = new float[matrix.Rows.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = Enumerable.Range(0, matrix.Rows.Count).Where(r => foldOf[r] != fold).ToList();
            var scorer = Scorer(matrix, Fit(train, matrix));
            var scratch = new FeatureScratch();
            for (var row = 0; row < matrix.Rows.Count; row++)
            {
                if (foldOf[row] == fold)
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

        return scores;
    }

    public LinearScorer Scorer(FeatureMatrix matrix, LinearFit fit) =>
        new(matrix.Space, fit.TermMajor(), fit.Bias, options.SentenceEvidence);

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
