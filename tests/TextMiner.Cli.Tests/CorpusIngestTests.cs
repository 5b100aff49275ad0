using System.Text.Json;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

/// <summary>
/// What a new user's first command stores: `ingest corpus` takes the real seed documents and nothing the project keeps
/// for training, evaluation or tests (folders marked <c>.noingest</c>); demo documents in a folder marked
/// <c>.synthetic</c> say so in their source; the same bytes under two paths are one document.
/// </summary>
[NonParallelizable]
public sealed class CorpusIngestTests
{
    private static TempDirectory? temp;
    private static CliRun? corpusIngest;

    [OneTimeSetUp]
    public static async Task IngestCorpus()
    {
        temp = new TempDirectory();
        corpusIngest = await new CliRunner(temp.Combine("corpus-data")).RunAsync("ingest", Corpus.Root);
    }

    [OneTimeTearDown]
    public static void RemoveData() => temp?.Dispose();

    [Test]
    public void IngestCorpus_StoresTheSeedsOnly()
    {
        var seeds = Directory.GetFiles(Corpus.Path("seeds")).Length;

        Assert.Multiple(() =>
        {
            Assert.That(corpusIngest!.ExitCode, Is.EqualTo(ExitCodes.Success), corpusIngest.ToString());
            Assert.That(corpusIngest.OutputLines.Last(), Is.EqualTo($"{seeds} new, 0 updated, 0 unchanged, 0 failed"));
        });
    }

    [TestCase("labels")]
    [TestCase("gold")]
    [TestCase("fixtures")]
    [TestCase("sites")]
    public void CorpusFolder_NotForIngest_IsMarked(string folder) =>
        Assert.That(File.Exists(Path.Combine(Corpus.Path(folder), Pipeline.Ingest.LocalFiles.SkipMarker)), Is.True);

    [Test]
    public async Task SearchVictimContact_AfterIngestCorpus_HitsSeedsOnly_NoDocumentTwice()
    {
        var run = await new CliRunner(temp!.Combine("corpus-data")).RunAsync("search", "--json", "victim contact", "--unit", "document");
        using var json = JsonDocument.Parse(run.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        var seeds = Path.GetFullPath(Corpus.Path("seeds"));

        Assert.Multiple(() =>
        {
            Assert.That(hits, Is.Not.Empty, run.ToString());
            Assert.That(hits.Select(h => h.GetProperty("source").GetString()), Is.All.EqualTo("local"));
            Assert.That(hits.Select(h => h.GetProperty("path").GetString()), Is.All.StartWith(seeds));
            Assert.That(hits.Select(h => h.GetProperty("documentId").GetString()), Is.Unique);
        });
    }

    [Test]
    public async Task QuotesByHeadline_AfterIngestCorpus_FindsNone()
    {
        var run = await new CliRunner(temp!.Combine("corpus-data")).RunAsync("quotes", "--speaker", "Headline", "--json");
        using var json = JsonDocument.Parse(run.Output);

        Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.Zero, run.ToString());
    }

    [Test]
    public async Task SameBytesUnderTwoPaths_AreOneDocumentWithBothLocations()
    {
        var docs = temp!.Combine("copies");
        Directory.CreateDirectory(Path.Combine(docs, "mirror"));
        var seed = Corpus.Path("seeds", "003_60c6e7e09c21e100.txt");
        var first = Path.Combine(docs, "press-release.txt");
        var second = Path.Combine(docs, "mirror", "london.txt");
        File.Copy(seed, first);
        File.Copy(seed, second);
        var cli = new CliRunner(temp.Combine("copies-data"));

        var ingest = await cli.RunAsync("ingest", docs);
        var search = await cli.RunAsync("search", "--json", "--unit", "document", "victim contact");
        var export = await cli.RunAsync("export", "--what", "documents", "--format", "jsonl");
        using var json = JsonDocument.Parse(search.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        using var row = JsonDocument.Parse(export.OutputLines.Single());

        Assert.Multiple(() =>
        {
            Assert.That(ingest.OutputLines.Last(), Is.EqualTo("1 new, 0 updated, 1 unchanged, 0 failed"), ingest.ToString());
            Assert.That(hits, Has.Count.EqualTo(1), search.ToString());
            Assert.That(hits[0].GetProperty("locations").EnumerateArray().Select(l => l.GetString()), Is.EquivalentTo(new[] { second, first }));
            Assert.That(row.RootElement.GetProperty("other_locations").EnumerateArray().Select(l => l.GetString()).ToList(), Has.Count.EqualTo(1), export.ToString());
        });
    }

    [Test]
    public async Task DemoFolderMarkedSynthetic_StoresItsDocumentsWithSourceSynthetic()
    {
        var demo = temp!.Combine("demo");
        Directory.CreateDirectory(demo);
        File.WriteAllText(Path.Combine(demo, Pipeline.Ingest.LocalFiles.SyntheticMarker), "written for the demo");
        File.WriteAllText(
            Path.Combine(demo, "northmoor.txt"),
            "Northmoor probation office reopens\n\nThe Northmoor office reopened on Monday, said Wren Halloway, its invented manager.\n");
        var cli = new CliRunner(temp.Combine("demo-data"));

        await cli.RunAsync("ingest", demo);
        var search = await cli.RunAsync("search", "--json", "Northmoor");
        using var json = JsonDocument.Parse(search.Output);

        Assert.That(json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()), Is.Not.Empty.And.All.EqualTo("synthetic"), search.ToString());
    }
}
