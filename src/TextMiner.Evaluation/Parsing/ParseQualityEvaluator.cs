using System.Globalization;
using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Parsing;

namespace TextMiner.Evaluation.Parsing;

/// <summary>
/// Parses every fixture under a directory (a document beside its <c>.expected.json</c>) and measures word recall,
/// reading order, header/footer leaks and metadata against the expectation. Used by tests and by
/// <c>textminer evaluate parsing</c> (which passes the pipeline's parser; without one, a default <see cref="DocumentParser"/>).
/// </summary>
public sealed partial class ParseQualityEvaluator(IDocumentParser? parser = null, TimeProvider? timeProvider = null)
{
    private readonly IDocumentParser _parser = parser ?? new DocumentParser();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public ParseQualityReport Evaluate(string fixturesDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fixturesDirectory);
        var results = new List<FixtureQuality>();
        foreach (var (documentPath, expectedPath) in FixtureFiles.Find(fixturesDirectory))
        {
            results.Add(EvaluateOne(fixturesDirectory, documentPath, FixtureFiles.Read(expectedPath)));
        }

        return new ParseQualityReport(results);
    }

    /// <summary>The words of a text as the recall measure counts them: lower-case letter and digit runs.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    /// <summary>Share of expected words (as a multiset) present in the actual words.</summary>
    public static double WordRecall(IEnumerable<string> expectedTexts, IEnumerable<string> actualTexts)
    {
        var (expected, _, matched) = WordCounts(expectedTexts, actualTexts);
        return expected == 0 ? 1 : (double)matched / expected;
    }

    /// <summary>Share of actual words (as a multiset) that the expected words hold: text kept twice or leaked lowers it.</summary>
    public static double WordPrecision(IEnumerable<string> expectedTexts, IEnumerable<string> actualTexts)
    {
        var (_, actual, matched) = WordCounts(expectedTexts, actualTexts);
        return actual == 0 ? 1 : (double)matched / actual;
    }

    /// <summary>Expected words, actual words and the size of their multiset intersection.</summary>
    public static (int Expected, int Actual, int Matched) WordCounts(IEnumerable<string> expectedTexts, IEnumerable<string> actualTexts)
    {
        var actualWords = actualTexts.SelectMany(Words).ToList();
        var available = actualWords.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var expected = expectedTexts.SelectMany(Words).ToList();
        var matched = 0;
        foreach (var word in expected)
        {
            if (available.TryGetValue(word, out var count) && count > 0)
            {
                available[word] = count - 1;
                matched++;
            }
        }

        return (expected.Count, actualWords.Count, matched);
    }

    /// <summary>True when each expected paragraph occurs in the actual text after the previous one.</summary>
    public static bool InOrder(IEnumerable<string> expectedTexts, IEnumerable<string> actualTexts) =>
        OrderScore(expectedTexts, actualTexts) >= 1;

    /// <summary>
    /// Share of expected paragraphs found, word for word, in the actual text after the last one found; a paragraph
    /// that is missing or out of place counts against the score and the search goes on from where it was.
    /// </summary>
    public static double OrderScore(IEnumerable<string> expectedTexts, IEnumerable<string> actualTexts)
    {
        var actual = " " + string.Join(' ', actualTexts.SelectMany(Words)) + " ";
        var position = 0;
        var total = 0;
        var found = 0;
        foreach (var expected in expectedTexts)
        {
            var needle = " " + string.Join(' ', Words(expected)) + " ";
            if (needle.Trim().Length == 0)
            {
                continue;
            }

            total++;
            var at = actual.IndexOf(needle, position, StringComparison.Ordinal);
            if (at >= 0)
            {
                found++;
                position = at + needle.Length - 1;
            }
        }

        return total == 0 ? 1 : (double)found / total;
    }

    private FixtureQuality EvaluateOne(string root, string documentPath, FixtureExpectation expected)
    {
        var name = Path.GetRelativePath(root, documentPath).Replace('\\', '/');
        var format = Path.GetExtension(documentPath).TrimStart('.').ToLowerInvariant();
        var group = Path.GetDirectoryName(name)?.Replace('\\', '/') is { Length: > 0 } folder ? folder : ".";
        var raw = new RawDocument("fixture", expected.Location ?? documentPath, File.ReadAllBytes(documentPath), expected.ContentType, DateTimeOffset.UnixEpoch);
        _parser.Parse(raw); // untimed warm-up, so the figure is throughput rather than JIT start-up
        var started = _time.GetTimestamp();
        var result = _parser.Parse(raw);
        var elapsed = _time.GetElapsedTime(started).TotalMilliseconds;
        if (expected.Error is not null)
        {
            var passed = !result.IsOk && result.Reason?.ToString() == expected.Error;
            return new FixtureQuality(name, group, format, true, passed, result.Reason?.ToString(), 0, 0, 0, false, 0, false, false, false, 0, 0, 0, 0, 0, 0, elapsed);
        }

        if (!result.IsOk)
        {
            var words = (expected.Paragraphs ?? []).Sum(p => Words(p.Text).Count);
            return new FixtureQuality(name, group, format, false, false, result.Reason?.ToString(), 0, 0, 0, false, 0, false, false, false, expected.Paragraphs?.Count ?? 0, 0, 0, words, 0, 0, elapsed);
        }

        var document = result.Value!;
        var expectedTexts = (expected.Paragraphs ?? []).Select(p => p.Text).ToList();
        var actualTexts = document.Paragraphs.Select(p => p.Text).ToList();
        var (expectedWords, parsedWords, matchedWords) = WordCounts(expectedTexts, actualTexts);
        var recall = expectedWords == 0 ? 1 : (double)matchedWords / expectedWords;
        var precision = parsedWords == 0 ? 1 : (double)matchedWords / parsedWords;
        var orderScore = OrderScore(expectedTexts, actualTexts);
        var order = orderScore >= 1;
        var leaks = actualTexts.Count(t => (expected.Absent ?? []).Any(a => t.Contains(a, StringComparison.OrdinalIgnoreCase)));
        var titleOk = expected.Title is null || expected.Title == document.Title;
        var publishedOk = expected.Published is null
            ? document.Published is null
            : document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expected.Published;
        var kindOk = expected.Kind is null || expected.Kind == document.Kind;
        var pages = document.Paragraphs.Select(p => p.Page ?? 0).DefaultIfEmpty(0).Max();
        var passedAll = recall >= ParseQualityReport.MinWordRecall && precision >= ParseQualityReport.MinPrecision(format) && order && leaks == 0 && titleOk && publishedOk && kindOk;
        return new FixtureQuality(
            name, group, format, false, passedAll, null, recall, precision, orderScore, order, leaks, titleOk, publishedOk, kindOk,
            expectedTexts.Count, actualTexts.Count, pages, expectedWords, parsedWords, matchedWords, elapsed);
    }
}
