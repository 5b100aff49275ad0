namespace TextMiner.Web.Charts;

/// <summary>A value axis from zero to a round maximum, with about five round ticks.</summary>
internal sealed record Axis(double Max, double Step)
{
    public static Axis For(double largest)
    {
        if (largest <= 0)
        {
            return new Axis(1, 1);
        }

        var rough = largest / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough);
        if (largest <= 5 && step < 1)
        {
            step = 1;
        }

        return new Axis(Math.Ceiling(largest / step) * step, step);
    }

    public IEnumerable<double> Ticks()
    {
        for (var tick = 0.0; tick <= Max + (Step / 1000); tick += Step)
        {
            yield return tick;
        }
    }
}
