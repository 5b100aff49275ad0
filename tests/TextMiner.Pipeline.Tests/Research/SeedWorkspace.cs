using TextMiner.Classification.Model;
using TextMiner.Core;
using TextMiner.Extraction;
using TextMiner.Parsing;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;
using TextMiner.Benchmarks.Export;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>
/// A real data directory: the five seed documents ingested through <see cref="IngestRunner"/> with the shared trained
/// theme model (copied into models/), plus one generated inspection report whose ratings, figures and quotes hold
/// commas, quote marks and line breaks.
/// </summary>
internal static class SeedWorkspace
{
    public const int GeneratedParagraphs = 24;

    public static async Task<Workspace> CreateAsync(string root)
    {
        var data = new DataDirectory(root);
        var workspace = await Workspace.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        foreach (var file in Directory.GetFiles(SharedThemeModel.ModelsDirectory))
        {
            File.Copy(file, Path.Combine(data.ModelsPath, Path.GetFileName(file)));
        }

        var classifier = ThemeClassifier.Load(data.ModelsPath);
        var analyser = new DocumentAnalyser(new DocumentParser(), new FindingsExtractor(), () => classifier);
        var runner = new IngestRunner(new LocalFileReader(TimeProvider.System), workspace.CreateIngestor(analyser), workspace.Sync);
        var seeds = Directory.GetFiles(Corpus.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var summary = await runner.RunAsync(seeds, null, CancellationToken.None);
        Assert.That(summary.Failed, Is.Zero, summary.ToString());

        foreach (var document in BenchmarkCorpus.Generate(GeneratedParagraphs, TimeProvider.System.GetUtcNow()))
        {
            await workspace.Store.SaveAsync(document, CancellationToken.None);
            workspace.Sync.Add(document);
        }

        await workspace.Sync.CommitAsync(CancellationToken.None);
        return workspace;
    }
}
