using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextMiner.Search;

namespace TextMiner.Benchmarks.Search;

/// <summary>
/// Generates a corpus, indexes it (one commit per 1,000 documents, as a run would), then times a fixed query mix.
/// Indexing throughput counts paragraph text (UTF-8) only; document and quote units are indexed too but not counted.
/// </summary>
public static class SearchBenchmark
{
    private const int CommitEvery = 1000;

    public static SearchBenchmarkResult Run(string workDirectory, int paragraphs, int queries, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(paragraphs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(queries, 1);
        var indexDirectory = Path.Combine(workDirectory, "bench-index");
        if (Directory.Exists(indexDirectory))
        {
            Directory.Delete(indexDirectory, recursive: true);
        }

        var peak = new PeakMemory();
        using var index = SearchIndex.Open(indexDirectory);
        var machine = Machine();
        log.WriteLine(machine);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (documents, counted, bytes, indexTime) = Index(index, paragraphs, peak, log);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var indexBytes = new DirectoryInfo(indexDirectory).EnumerateFiles().Sum(f => f.Length);
        var queryCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (latencies, totalHits) = Query(index, queries, peak);
        var queryCpu = (Process.GetCurrentProcess().TotalProcessorTime - queryCpuBefore).TotalMilliseconds / queries;

        var result = new SearchBenchmarkResult(
            documents, counted, bytes, indexTime.TotalSeconds, cpu.TotalSeconds, counted / indexTime.TotalSeconds,
            bytes / 1_048_576.0 / indexTime.TotalSeconds, indexBytes, queries,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Average(), queryCpu, totalHits,
            peak.Managed, Process.GetCurrentProcess().PeakWorkingSet64, machine);
        Report(result, log);
        return result;
    }

    private static (int Documents, int Paragraphs, long Bytes, TimeSpan Time) Index(SearchIndex index, int paragraphs, PeakMemory peak, TextWriter log)
    {
        var generator = new CorpusGenerator();
        var documents = (paragraphs + CorpusGenerator.ParagraphsPerDocument - 1) / CorpusGenerator.ParagraphsPerDocument;
        var generated = Enumerable.Range(0, documents).Select(generator.Next).ToList();
        var bytes = generated.Sum(d => d.Document.Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text)));
        var counted = generated.Sum(d => d.Document.Paragraphs.Count);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {documents:N0} documents, {counted:N0} paragraphs, {bytes / 1_048_576.0:0.0} MB of text."));

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < generated.Count; i++)
        {
            index.Replace(generated[i]);
            if ((i + 1) % CommitEvery == 0)
            {
                index.Commit();
                peak.Sample();
            }
        }

        index.Commit();
        clock.Stop();
        peak.Sample();
        return (documents, counted, bytes, clock.Elapsed);
    }

    private static (List<double> Latencies, long TotalHits) Query(SearchIndex index, int count, PeakMemory peak)
    {
        var requests = QueryMix.Create(count);
        index.Search(requests[0]);
        var latencies = new List<double>(count);
        long totalHits = 0;
        foreach (var request in requests)
        {
            var clock = Stopwatch.StartNew();
            var response = index.Search(request);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            totalHits += response.Total;
            if (latencies.Count % 100 == 0)
            {
                peak.Sample();
            }
        }

        return (latencies, totalHits);
    }

    /// <summary>Cores and load, so figures from a busy shared machine can be read for what they are.</summary>
    private static string Machine()
    {
        const string loadFile = "/proc/loadavg";
        var load = File.Exists(loadFile) ? File.ReadAllText(loadFile).Split(' ')[0] : "unknown";
        return string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, load average {load} at start, .NET {Environment.Version}");
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(fraction * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static void Report(SearchBenchmarkResult r, TextWriter log)
    {
        var lines = new FormattableString[]
        {
            $"Indexed {r.Paragraphs:N0} paragraphs ({r.Documents:N0} documents) in {r.IndexSeconds:0.0} s: {r.ParagraphsPerSecond:N0} paragraphs/s, {r.MegabytesPerSecond:0.00} MB/s",
            $"Indexing used {r.IndexCpuSeconds:0.0} CPU-seconds: {r.Paragraphs / Math.Max(r.IndexCpuSeconds, 0.001):N0} paragraphs per CPU-second (steadier than wall time on a shared machine)",
            $"Index size: {r.IndexBytes / 1_048_576.0:0.0} MB",
            $"Queries: {r.Queries:N0}, p50 {r.P50Milliseconds:0.00} ms, p99 {r.P99Milliseconds:0.00} ms, mean {r.MeanMilliseconds:0.00} ms, {r.QueryCpuMilliseconds:0.00} CPU-ms per query ({r.TotalHits:N0} hits in all)",
            $"Peak memory: managed heap {r.PeakManagedBytes / 1_048_576.0:0} MB, working set {r.PeakWorkingSetBytes / 1_048_576.0:0} MB",
        };
        foreach (var line in lines)
        {
            log.WriteLine(line.ToString(CultureInfo.InvariantCulture));
        }
    }
}
