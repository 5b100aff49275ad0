using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core;
using TextMiner.Core.Stages;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>
/// The composition root wires a real workspace: what the verbs resolve from it runs the whole pipeline. (In this
/// namespace for the shared theme model.)
/// </summary>
public sealed class CompositionRootTests
{
    [Test]
    public async Task Build_WithWorkspace_IngestRunnerStoresAndIndexesTheSeeds()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data"));
        await using var workspace = await Workspace.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        foreach (var file in Directory.GetFiles(SharedThemeModel.ModelsDirectory))
        {
            File.Copy(file, Path.Combine(data.ModelsPath, Path.GetFileName(file)));
        }

        await using var services = TextMinerServices.Build(new TextMinerOptions(data)
        {
            Workspace = workspace,
            Fetch = fetch => fetch.ContactUrl = new Uri("https://example.org/contact"), // the crawler refuses to run without one
        });
        var seeds = Directory.GetFiles(Corpus.Path("seeds"), "*.txt");
        var summary = await services.GetRequiredService<IngestRunner>().RunAsync(seeds, null, CancellationToken.None);

        Assert.That(summary.New, Is.EqualTo(seeds.Length), summary.ToString());
        Assert.That(await workspace.Store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
        Assert.That(services.GetRequiredService<CrawlRunner>(), Is.Not.Null);
    }

    [Test]
    public void Build_WithoutWorkspace_OnlyTheStagesThatNeedNoStore()
    {
        using var temp = new TempDirectory();
        using var services = TextMinerServices.Build(new TextMinerOptions(new DataDirectory(temp.Combine("data"))));

        Assert.That(services.GetService<DocumentAnalyser>(), Is.Not.Null);
        Assert.That(services.GetService<IDocumentParser>(), Is.Not.Null);
        Assert.That(services.GetService<IngestRunner>(), Is.Null);
        Assert.That(services.GetService<CrawlRunner>(), Is.Null);
        Assert.That(Directory.Exists(temp.Combine("data", "models")), Is.False, "the model is loaded only when first used");
    }
}
