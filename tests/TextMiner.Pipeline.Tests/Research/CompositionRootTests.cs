using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core;
using TextMiner.Core.Stages;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Storage;
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

    [Test]
    public async Task OpenAsync_Workspace_ResolvedFromTheRootAndClosedWithIt()
    {
        using var temp = new TempDirectory();
        var options = new TextMinerOptions(new DataDirectory(temp.Combine("data")));

        await using (var services = await TextMinerServices.OpenAsync(options, CancellationToken.None))
        {
            Assert.That(services.GetRequiredService<DocumentStore>().IsReadOnly, Is.False);
            Assert.That(services.GetService<Exporter>(), Is.Not.Null);
            Assert.That(services.GetService<IngestRunner>(), Is.Not.Null);
        }

        // Disposing the provider released the index's write lock and the database: a second writer can open them.
        await using var again = await TextMinerServices.OpenAsync(options, CancellationToken.None);
        Assert.That(await again.GetRequiredService<DocumentStore>().GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Build_ReadOnlyData_NothingUntilIngestedThenTheStoreReadOnly()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data"));
        await using var services = TextMinerServices.Build(new TextMinerOptions(data));
        var reader = services.GetRequiredService<ReadOnlyData>();

        Assert.That(await reader.GetStoreAsync(CancellationToken.None), Is.Null);
        Assert.That(reader.GetIndex(), Is.Null);
        Assert.That(Directory.Exists(data.Root), Is.False, "a reader creates nothing");

        await (await TextMinerServices.OpenAsync(new TextMinerOptions(data), CancellationToken.None)).DisposeAsync();
        Assert.That((await reader.GetStoreAsync(CancellationToken.None))?.IsReadOnly, Is.True);
    }
}
