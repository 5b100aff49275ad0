using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class DualLogisticRegressionTests
{
    // Feature 0 marks a positive, feature 1 a negative; features 2..9 are shared noise.
    private static (SparseRows Rows, bool[] Positive) Data()
    {
        var random = new Random(3);
        var rows = new List<(int[] Indices, float[] Values)>();
        var positive = new List<bool>();
        for (var i = 0; i < 200; i++)
        {
            var isPositive = i % 4 == 0;
            var noise = Enumerable.Range(2, 8).Where(_ => random.NextDouble() < 0.3).ToArray();
            // One positive in ten lacks its marker, and one negative in twenty has it, so the data are not separable.
            var marker = isPositive ? (i % 40 == 0 ? 1 : 0) : (i % 20 == 1 ? 0 : 1);
            int[] indices = [marker, .. noise];
            rows.Add((indices, [.. indices.Select(_ => 1f / MathF.Sqrt(indices.Length))]));
            positive.Add(isPositive);
        }

        return (new SparseRows(10, rows), [.. positive]);
    }

    [Test]
    public void Fit_MarkerFeatures_WeighsThemWithTheirSign()
    {
        var (rows, positive) = Data();
        var all = Enumerable.Range(0, rows.RowCount).ToList();

        var solution = DualLogisticRegression.Fit(rows, all, positive, [.. all.Select(_ => 1.0)], null, 1, 0.01, 300);

        Assert.That(solution.Weights[0], Is.GreaterThan(1));
        Assert.That(solution.Weights[1], Is.LessThan(-1));
        Assert.That(solution.Weights.Skip(2).Take(8).Select(Math.Abs), Has.All.LessThan(Math.Abs(solution.Weights[0]) / 2));
    }

    [Test]
    public void Fit_WarmStartedWithoutHeldOutRows_ReachesTheColdFitOfTheSameRows()
    {
        var (rows, positive) = Data();
        var all = Enumerable.Range(0, rows.RowCount).ToList();
        var kept = all.Where(r => r % 5 != 0).ToList();
        double[] bounds = [.. all.Select(_ => 4.0)];

        var full = DualLogisticRegression.Fit(rows, all, positive, bounds, null, 1, 0.001, 1000);
        var warm = DualLogisticRegression.Fit(rows, kept, positive, bounds, full, 1, 0.001, 1000);
        var cold = DualLogisticRegression.Fit(rows, kept, positive, bounds, null, 1, 0.001, 1000);

        var scale = cold.Weights.Max(Math.Abs);
        Assert.That(warm.Weights.Zip(cold.Weights).Select(p => Math.Abs(p.First - p.Second)), Has.All.LessThan(0.01 * scale));
        Assert.That(full.Weights.Zip(cold.Weights).Max(p => Math.Abs(p.First - p.Second)), Is.GreaterThan(0.01 * scale),
            "the held-out rows change the optimum, so the comparison above is not trivially true");
    }
}
