using TextMiner.Classification.Evaluation;
using TextMiner.Core;
using TextMiner.Extraction;
using TextMiner.Parsing;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Research.Benchmarks;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>
/// A real data directory: the five seed documents ingested through <see cref="IngestRunner"/> (keyword themes, so no
/// model has to be trained), plus one generated inspection report whose ratings, figures and quotes hold commas, quote
/// marks and line breaks, and a file in models/.
/// </summary>
internal static class SeedWorkspace
{
    public const int GeneratedParagraphs = 24;
    public const string ModelFile = "theme-model.bin";

    public static async Task<Workspace> CreateAsync(string root)
    {
        var data = new DataDirectory(root);
        var workspace = await Workspace.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        var analyser = new DocumentAnalyser(new DocumentParser(), new FindingsExtractor(), () => new KeywordBaseline());
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
        await File.WriteAllBytesAsync(Path.Combine(data.ModelsPath, ModelFile), [1, 2, 3, 4, 5]);
        return workspace;
    }
}
