using System.Diagnostics;
using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Benchmarks.Stages;

/// <summary>
/// Throughput of the pure stages over a set of raw documents: Parse (docs/s, PDF pages/s, MB/s), Extract (docs/s, MB/s)
/// and Classify (paragraphs/s). Each stage runs once to warm up, then <c>repeats</c> times, timed.
/// </summary>
public static class StageBenchmark
{
    public static void Run(IReadOnlyList<RawDocument> raws, IDocumentParser parser, IFindingsExtractor extractor, IThemeClassifier classifier, int repeats, TextWriter output)
    {
        var documents = raws.Select(r => (Raw: r, Result: parser.Parse(r))).Where(x => x.Result.IsOk).ToList();
        output.WriteLine($"machine: {MachineInfo.Describe()}");
        output.WriteLine($"inputs: {raws.Count} files, {documents.Count} parsed, {repeats} timed repeats after one warm-up");

        foreach (var group in documents.GroupBy(d => d.Raw.Extension).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = group.ToList();
            var bytes = items.Sum(d => (long)d.Raw.Bytes.Length);
            var pages = items.Sum(d => d.Result.Value!.Paragraphs.Select(p => p.Page ?? 0).DefaultIfEmpty(0).Max());
            var seconds = Time(repeats, () => items.ForEach(d => parser.Parse(d.Raw)));
            var perPages = pages > 0 ? $", {pages * repeats / seconds:0.0} pages/s" : "";
            output.WriteLine(Line($"parse {group.Key}", $"{items.Count * repeats / seconds:0.0} docs/s{perPages}, {bytes * repeats / seconds / 1e6:0.00} MB/s ({items.Count} docs, {bytes / 1024.0:0} KiB)"));
        }

        var parsed = documents.Select(d => d.Result.Value!).ToList();
        var textBytes = parsed.Sum(d => (long)d.Paragraphs.Sum(p => p.Text.Length));
        var extractSeconds = Time(repeats, () => parsed.ForEach(d => extractor.Extract(d)));
        output.WriteLine(Line("extract", $"{parsed.Count * repeats / extractSeconds:0.0} docs/s, {textBytes * repeats / extractSeconds / 1e6:0.00} MB/s of text"));

        var paragraphs = parsed.SelectMany(d => d.Paragraphs.Select(p => p.Text)).ToList();
        var classifySeconds = Time(repeats, () => classifier.Classify(paragraphs));
        output.WriteLine(Line("classify", $"{paragraphs.Count * repeats / classifySeconds:0.0} paragraphs/s ({paragraphs.Count} paragraphs)"));
    }

    private static double Time(int repeats, Action action)
    {
        action();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            action();
        }

        return Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
    }

    private static string Line(string name, string figures) => string.Create(CultureInfo.InvariantCulture, $"{name,-12} {figures}");
}
