using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class NaiveBayesScalingTests
{
    // Feature 0 only in positives, feature 1 in every row, feature 2 only in negatives, feature 3 in no row.
    private static (SparseRows Rows, bool[] Positive) Data()
    {
        var rows = new List<(int[] Indices, float[] Values)>();
        var positive = new List<bool>();
        for (var i = 0; i < 40; i++)
        {
            var isPositive = i % 4 == 0;
            int[] indices = isPositive ? [0, 1] : [1, 2];
            rows.Add((indices, [0.5f, 0.8f]));
            positive.Add(isPositive);
        }

        return (new SparseRows(4, rows), [.. positive]);
    }

    [Test]
    public void Scales_MarkersAgainstSharedFeature_MarkersLargeSharedAtFloor()
    {
        var (rows, positive) = Data();

        var scales = NaiveBayesScaling.Scales(rows, [.. Enumerable.Range(0, rows.RowCount)], positive, power: 1);

        // 10 positives, 30 negatives: ln(11/11) - ln(1/31) for the positive marker, |ln(1/11) - ln(31/31)| for the
        // negative one; the feature in every row has ratio 0 and gets the floor.
        Assert.That(scales[0], Is.EqualTo(Math.Log(31)).Within(1e-5));
        Assert.That(scales[2], Is.EqualTo(Math.Log(11)).Within(1e-5));
        Assert.That(scales[1], Is.EqualTo(NaiveBayesScaling.Floor));
        Assert.That(scales[0], Is.GreaterThan(scales[3]));
    }

    [Test]
    public void Scales_PowerHalf_SquareRootOfTheRatio()
    {
        var (rows, positive) = Data();

        var scales = NaiveBayesScaling.Scales(rows, [.. Enumerable.Range(0, rows.RowCount)], positive, power: 0.5);

        Assert.That(scales[0], Is.EqualTo(Math.Sqrt(Math.Log(31))).Within(1e-5));
    }

    [Test]
    public void Scales_OnlyTheFittedRowsCount()
    {
        var (rows, positive) = Data();
        var negativesOnly = Enumerable.Range(0, rows.RowCount).Where(r => !positive[r]).ToList();

        var scales = NaiveBayesScaling.Scales(rows, negativesOnly, positive, power: 1);

        // Only the 30 negatives fitted: the shared feature is in all of them (ln(1/1) - ln(31/31) = 0, the floor),
        // and the positives' marker, in none of the fitted rows, is scaled as any absent feature: ln(1/1) - ln(1/31).
        Assert.That(scales[1], Is.EqualTo(NaiveBayesScaling.Floor));
        Assert.That(scales[0], Is.EqualTo(Math.Log(31)).Within(1e-5));
        Assert.That(scales[3], Is.EqualTo(scales[0]));
    }

    [Test]
    public void Scale_MultipliesEachValueByItsFeaturesScale()
    {
        var (rows, _) = Data();

        var scaled = NaiveBayesScaling.Scale(rows, [2f, 0.5f, 3f, 1f]);

        Assert.That(scaled.Indices(0).ToArray(), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(scaled.Values(0).ToArray(), Is.EqualTo(new[] { 1f, 0.4f }));
        Assert.That(scaled.Indices(1).ToArray(), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(scaled.Values(1).ToArray(), Is.EqualTo(new[] { 0.25f, 2.4f }).Within(1e-6f));
    }
}
