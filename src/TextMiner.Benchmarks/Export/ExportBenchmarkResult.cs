namespace TextMiner.Benchmarks.Export;

/// <summary>One timed export: what, how, how many rows, how long and the rate.</summary>
public sealed record ExportBenchmarkResult(string Name, long Rows, long Bytes, double Seconds)
{
    public double RowsPerSecond => Rows / Math.Max(Seconds, 1e-9);
}
