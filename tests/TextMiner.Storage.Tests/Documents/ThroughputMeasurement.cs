using System.Diagnostics;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

/// <summary>
/// Not a test: prints save and read rates for the report (run with --filter Category=Measure). Asserts only that every
/// document went in and came out, never a time.
/// </summary>
[Explicit("measurement, not a test")]
[Category("Measure")]
public sealed class ThroughputMeasurement
{
    [Test]
    public async Task SaveReadAndResave_ManySeedSizedDocuments_PrintsRates()
    {
        const int Documents = 1000;
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();
        var paragraphs = Enumerable.Range(0, 3).SelectMany(_ => template.Document.Paragraphs)
            .Select((p, i) => p with { Index = i }).ToArray();
        var documents = Enumerable.Range(0, Documents).Select(i => template with
        {
            Document = template.Document with { Id = $"d{i:0000}", Paragraphs = paragraphs },
            ParagraphThemes = paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[new ThemeScore("staffing", 0.5)]).ToArray(),
        }).ToArray();

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var save = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            await store.SaveAsync(document, CancellationToken.None);
        }

        save.Stop();
        var saveCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var read = Stopwatch.StartNew();
        var count = 0;
        await foreach (var _ in store.ReadAllAsync(CancellationToken.None))
        {
            count++;
        }

        read.Stop();
        var resave = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            await store.SaveAsync(document, CancellationToken.None);
        }

        resave.Stop();
        var update = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            await store.SaveAsync(document with { Document = document.Document with { Version = "v2" } }, CancellationToken.None);
        }

        update.Stop();
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        await TestContext.Out.WriteLineAsync(
            $"{Documents} docs x {paragraphs.Length} paragraphs, {template.Findings.Ratings.Count + template.Findings.Figures.Count + template.Findings.Quotes.Count} findings; " +
            $"save new {Documents / save.Elapsed.TotalSeconds:F0}/s, read all {count / read.Elapsed.TotalSeconds:F0}/s, " +
            $"unchanged {Documents / resave.Elapsed.TotalSeconds:F0}/s, update {Documents / update.Elapsed.TotalSeconds:F0}/s, " +
            $"file {statistics.FileSizeBytes / 1024 / 1024} MiB; save new used {saveCpu.TotalSeconds:F1} s CPU " +
            $"({Documents / saveCpu.TotalSeconds:F0} docs per CPU second), load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")}");
        Assert.That(count, Is.EqualTo(Documents));
    }
}
