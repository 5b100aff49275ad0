using System.Text;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Search;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>Exports to a file: UTF-8 without BOM, atomic (a failed export leaves the old file and no temporary file).</summary>
public sealed class ExportFileTests
{
    private TempDirectory temp = null!;
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public async Task CreateWorkspace()
    {
        temp = new TempDirectory();
        workspace = await SeedWorkspace.CreateAsync(temp.Combine("data"));
    }

    [OneTimeTearDown]
    public async Task DisposeWorkspace()
    {
        await workspace.DisposeAsync();
        temp.Dispose();
    }

    [Test]
    public async Task ExportToFile_Csv_Utf8WithoutBomSameAsStream()
    {
        var exporter = new Exporter(workspace.Store, workspace.Index);
        var file = temp.Combine("out", "figures.csv");
        var result = await exporter.ExportToFileAsync(new ExportRequest(ExportWhat.Figures), file, CancellationToken.None);
        var stream = new StringWriter();
        await exporter.ExportAsync(new ExportRequest(ExportWhat.Figures), stream, CancellationToken.None);

        var bytes = await File.ReadAllBytesAsync(file);
        Assert.That(bytes[..3], Is.Not.EqualTo(Encoding.UTF8.Preamble.ToArray()));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(stream.ToString()));
        Assert.That(ExportReader.Csv(Encoding.UTF8.GetString(bytes)), Has.Count.EqualTo(result.Rows));
        Assert.That(Directory.GetFiles(temp.Combine("out")), Is.EqualTo(new[] { file }));
    }

    [Test]
    public async Task ExportToFile_BadQuery_LeavesEarlierFileAndNoTemporary()
    {
        var exporter = new Exporter(workspace.Store, workspace.Index);
        var file = temp.Combine("kept", "paragraphs.jsonl");
        Directory.CreateDirectory(temp.Combine("kept"));
        await File.WriteAllTextAsync(file, "earlier export\n");

        Assert.ThrowsAsync<SearchQueryException>(() => exporter.ExportToFileAsync(
            new ExportRequest(ExportWhat.Paragraphs, ExportFormat.Jsonl, Query: "title:("), file, CancellationToken.None));

        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo("earlier export\n"));
        Assert.That(Directory.GetFiles(temp.Combine("kept")), Is.EqualTo(new[] { file }));
    }
}
