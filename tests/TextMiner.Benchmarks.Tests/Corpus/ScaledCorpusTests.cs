using System.Text.Json;
using TextMiner.Benchmarks.Corpus;
using TextMiner.Extraction;
using TextMiner.Parsing;
using TextMiner.Pipeline.Ingest;
using TextMiner.TestSupport;

namespace TextMiner.Benchmarks.Tests.Corpus;

public sealed class ScaledCorpusTests
{
    private static readonly CorpusOptions Small = new(Documents: 15, Pdfs: 3, Queries: 40, Seed: 7);

    [Test]
    public async Task WriteAsync_SameArguments_WritesTheSameBytes()
    {
        using var temp = new TempDirectory();

        await ScaledCorpus.WriteAsync(temp.Combine("a"), Small, CancellationToken.None);
        await ScaledCorpus.WriteAsync(temp.Combine("b"), Small, CancellationToken.None);

        var first = Files(temp.Combine("a"));
        Assert.That(first.Keys, Has.Count.EqualTo(15 + 3 + 3), "documents, queries.txt, expected.jsonl, corpus.json");
        Assert.That(Files(temp.Combine("b")), Is.EqualTo(first));
    }

    [Test]
    public async Task WriteAsync_OtherSeed_WritesOtherDocuments()
    {
        using var temp = new TempDirectory();

        await ScaledCorpus.WriteAsync(temp.Combine("a"), Small, CancellationToken.None);
        await ScaledCorpus.WriteAsync(temp.Combine("b"), Small with { Seed = 8 }, CancellationToken.None);

        Assert.That(
            File.ReadAllBytes(temp.Combine("b/documents/html/000000.html")),
            Is.Not.EqualTo(File.ReadAllBytes(temp.Combine("a/documents/html/000000.html"))));
    }

    [Test]
    public async Task WriteAsync_EveryDocument_ParsesWithoutBoilerplateAndYieldsItsPlantedFindings()
    {
        using var temp = new TempDirectory();
        var summary = await ScaledCorpus.WriteAsync(temp.Path, Small, CancellationToken.None);
        var reader = new LocalFileReader(TimeProvider.System);
        var parser = new DocumentParser();
        var extractor = new FindingsExtractor();
        var expected = File.ReadAllLines(temp.Combine(ScaledCorpus.ExpectedFile))
            .Select(line => JsonSerializer.Deserialize<ExpectedDocument>(line, JsonSerializerOptions.Web)!)
            .ToList();

        Assert.That(expected.Select(e => Path.GetExtension(e.Path)).Distinct(), Is.EquivalentTo(new[] { ".html", ".txt", ".pdf" }));
        Assert.That(summary.Ratings + summary.Figures + summary.Quotes, Is.GreaterThan(expected.Count), "findings at report rates");
        foreach (var entry in expected)
        {
            var raw = await reader.ReadAsync(temp.Combine(entry.Path), CancellationToken.None);
            var parsed = parser.Parse(raw.Value!);
            Assert.That(parsed.IsOk, Is.True, entry.Path);
            var document = parsed.Value!;
            var text = string.Join("\n", document.Paragraphs.Select(p => p.Text));
            var findings = extractor.Extract(document);
            Assert.Multiple(() =>
            {
                Assert.That(text, Does.Not.Contain("cookies").And.Not.Contain("Share this").And.Not.Contain("Recent posts")
                    .And.Not.Contain("HM Inspectorate of Probation |").And.Not.Contain("Page 2 of"), entry.Path);
                Assert.That(findings.Ratings.Select(r => r.Value), Is.SupersetOf(entry.Planted.Ratings), entry.Path);
                Assert.That(findings.Figures.Select(f => new PlantedFigure(f.Kind, (int)f.Value)), Is.SupersetOf(entry.Planted.Figures), entry.Path);
                Assert.That(findings.Quotes.Select(q => q.Speaker), Is.SupersetOf(entry.Planted.Speakers), entry.Path);
                if (entry.Pages is { } pages)
                {
                    Assert.That(document.Paragraphs.Max(p => p.Page), Is.EqualTo(pages), entry.Path);
                }
            });
        }
    }

    [Test]
    public async Task WriteAsync_Queries_AreOneALineInTheRequestedNumber()
    {
        using var temp = new TempDirectory();

        await ScaledCorpus.WriteAsync(temp.Path, Small, CancellationToken.None);

        var queries = File.ReadAllLines(temp.Combine(ScaledCorpus.QueriesFile));
        Assert.That(queries, Has.Length.EqualTo(40));
        Assert.That(queries, Has.All.Not.Empty);
        Assert.That(queries, Has.Some.Contains(" OR ").And.Some.Contains("\"").And.Some.EndsWith("*"));
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
