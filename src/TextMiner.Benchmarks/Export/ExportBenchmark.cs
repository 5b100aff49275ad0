using System.Diagnostics;
using System.Globalization;
using TextMiner.Core;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Research.Export;

namespace TextMiner.Benchmarks.Export;

/// <summary>
/// `textminer bench export`: generates <c>paragraphs</c> paragraphs of documents into a fresh data directory (store and
/// index), then times exports to files in it: every paragraph as CSV and JSONL, a filtered selection through search,
/// and the figures and quotes. Prints the machine and one line per export.
/// </summary>
public static class ExportBenchmark
{
    public const int DefaultParagraphs = 100_000;

    public static async Task<IReadOnlyList<ExportBenchmarkResult>> RunAsync(
        string workDirectory, int paragraphs, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paragraphs);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(time);
        var data = new DataDirectory(Path.GetFullPath(workDirectory));
        var workspace = await Workspace.OpenAsync(data, time, cancellationToken).ConfigureAwait(false);
        await using (workspace.ConfigureAwait(false))
        {
            output.WriteLine($"machine: {MachineInfo.Describe()}");
            var watch = Stopwatch.StartNew();
            var documents = 0;
            foreach (var document in BenchmarkCorpus.Generate(paragraphs, time.GetUtcNow()))
            {
                await workspace.Store.SaveAsync(document, cancellationToken).ConfigureAwait(false);
                workspace.Sync.Add(document);
                if (++documents % 50 == 0)
                {
                    await workspace.Sync.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await workspace.Sync.CommitAsync(cancellationToken).ConfigureAwait(false);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {documents} documents, {paragraphs} paragraphs, stored and indexed in {watch.Elapsed.TotalSeconds:0.0} s"));

            var exporter = new Exporter(workspace.Store, workspace.Index);
            var runs = new (string Name, ExportRequest Request)[]
            {
                ("paragraphs csv (all)", new ExportRequest(ExportWhat.Paragraphs, ExportFormat.Csv)),
                ("paragraphs jsonl (all)", new ExportRequest(ExportWhat.Paragraphs, ExportFormat.Jsonl)),
                ("paragraphs csv (query+theme)", new ExportRequest(ExportWhat.Paragraphs, ExportFormat.Csv, Query: "workload", Theme: "workload")),
                ("figures csv (all)", new ExportRequest(ExportWhat.Figures, ExportFormat.Csv)),
                ("quotes jsonl (all)", new ExportRequest(ExportWhat.Quotes, ExportFormat.Jsonl)),
            };
            var results = new List<ExportBenchmarkResult>();
            foreach (var (name, request) in runs)
            {
                var file = Path.Combine(data.Root, "export-" + results.Count.ToString(CultureInfo.InvariantCulture) + "." + request.Format.ToString().ToLowerInvariant());
                watch.Restart();
                var result = await exporter.ExportToFileAsync(request, file, cancellationToken).ConfigureAwait(false);
                var timed = new ExportBenchmarkResult(name, result.Rows, new FileInfo(file).Length, watch.Elapsed.TotalSeconds);
                results.Add(timed);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name,-30} {timed.Rows,8} rows in {timed.Seconds,7:0.00} s = {timed.RowsPerSecond,9:0} rows/s ({timed.Bytes / 1e6:0.0} MB)"));
            }

            return results;
        }
    }
}
