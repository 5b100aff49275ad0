namespace TextMiner.Benchmarks.Search;

/// <summary>The largest managed heap seen at the sample points (the GC's own peak is per collection, not per run).</summary>
internal sealed class PeakMemory
{
    public long Managed { get; private set; }

    public void Sample()
    {
        var info = GC.GetGCMemoryInfo();
        Managed = Math.Max(Managed, Math.Max(GC.GetTotalMemory(false), info.HeapSizeBytes));
    }
}
