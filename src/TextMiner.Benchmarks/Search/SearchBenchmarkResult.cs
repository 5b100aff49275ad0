namespace TextMiner.Benchmarks.Search;

/// <summary>What <see cref="SearchBenchmark.Run"/> measured. Times in milliseconds, sizes in bytes.</summary>
public sealed record SearchBenchmarkResult(
    int Documents,
    int Paragraphs,
    long TextBytes,
    double IndexSeconds,
    double IndexCpuSeconds,
    double ParagraphsPerSecond,
    double MegabytesPerSecond,
    long IndexBytes,
    int Queries,
    double P50Milliseconds,
    double P99Milliseconds,
    double MeanMilliseconds,
    double QueryCpuMilliseconds,
    long TotalHits,
    long PeakManagedBytes,
    long PeakWorkingSetBytes,
    string Machine);
