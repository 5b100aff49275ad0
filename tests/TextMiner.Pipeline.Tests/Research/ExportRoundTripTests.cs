using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Research.Export;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>Each export, read back with CsvHelper or System.Text.Json, holds the store's rows and values.</summary>
public sealed class ExportRoundTripTests
{
    private TempDirectory temp = null!;
    private Workspace workspace = null!;
    private List<AnalysedDocument> stored = null!;

    [OneTimeSetUp]
    public async Task CreateWorkspace()
    {
        temp = new TempDirectory();
        workspace = await SeedWorkspace.CreateAsync(temp.Combine("data"));
        stored = [];
        await foreach (var document in workspace.Store.ReadAllAsync(CancellationToken.None))
        {
            stored.Add(document);
        }
    }

    [OneTimeTearDown]
    public async Task DisposeWorkspace()
    {
        await workspace.DisposeAsync();
        temp.Dispose();
    }

    private static IEnumerable<TestCaseData> Cases() =>
        from what in Enum.GetValues<ExportWhat>()
        from format in Enum.GetValues<ExportFormat>()
        select new TestCaseData(what, format).SetName($"Export_{what}{format}_RoundTripsStoreRows");

    [TestCaseSource(nameof(Cases))]
    public async Task Export_RoundTrip_SameRowsAndValuesAsStore(ExportWhat what, ExportFormat format)
    {
        var rows = await ExportAsync(new ExportRequest(what, format));

        var expected = Expected(what);
        Assert.That(expected, Is.Not.Empty, "the seed data directory must hold rows of every kind");
        Assert.That(rows.Select(r => r.Keys.ToList()), Has.All.EqualTo(ExportColumns.For(what).Select(c => c.Name).ToList()));
        Assert.That(rows.Select(r => Project(what, r)).Order(StringComparer.Ordinal), Is.EqualTo(expected.Order(StringComparer.Ordinal)));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Export_EveryRow_CarriesProvenance(ExportWhat what, ExportFormat format)
    {
        var rows = await ExportAsync(new ExportRequest(what, format));

        var byId = stored.ToDictionary(d => d.Document.Id);
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var document = byId[row["document_id"]];
                Assert.That(row["sha256"], Is.EqualTo(document.Document.Version).And.Length.EqualTo(64));
                Assert.That(row["url"] + row["path"], Is.EqualTo(document.Document.Location));
                Assert.That(row["title"], Is.EqualTo(document.Document.Title));
                Assert.That(row["published"], Is.EqualTo(document.Document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
                Assert.That(DateTimeOffset.Parse(row["fetched_at"], CultureInfo.InvariantCulture), Is.EqualTo(document.FetchedAt));
                Assert.That(row["source"], Is.EqualTo(document.Document.Source));
                Assert.That(row["kind"], Is.EqualTo(document.Document.Kind));
            }
        });
    }

    [TestCase(ExportFormat.Csv)]
    [TestCase(ExportFormat.Jsonl)]
    public async Task Export_Twice_SameBytes(ExportFormat format)
    {
        var exporter = new Exporter(workspace.Store, workspace.Index);
        var first = new StringWriter();
        var second = new StringWriter();
        await exporter.ExportAsync(new ExportRequest(ExportWhat.Paragraphs, format), first, CancellationToken.None);
        await exporter.ExportAsync(new ExportRequest(ExportWhat.Paragraphs, format), second, CancellationToken.None);

        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
    }

    [Test]
    public async Task ExportCsv_FieldsWithQuotesCommasAndLineBreaks_QuotedPerRfc4180()
    {
        var writer = new StringWriter();
        await new Exporter(workspace.Store, workspace.Index).ExportAsync(new ExportRequest(ExportWhat.Quotes), writer, CancellationToken.None);
        var text = writer.ToString();

        Assert.That(text, Does.StartWith("document_id,source,kind,url,path,title,published,fetched_at,sha256,ordinal,"));
        Assert.That(text, Does.EndWith("\r\n"));
        Assert.That(text, Does.Contain("\"Staff are doing their best, but the workload is unmanageable,\""));
        var paragraphs = await ExportAsync(new ExportRequest(ExportWhat.Paragraphs));
        Assert.That(paragraphs.Select(p => p["text"]), Has.Some.Contains("\n").And.Some.Contains("\""));
    }

    [Test]
    public async Task ExportParagraphs_Offsets_IndexTheDocumentText()
    {
        var rows = await ExportAsync(new ExportRequest(ExportWhat.Paragraphs, ExportFormat.Jsonl));

        var texts = stored.ToDictionary(d => d.Document.Id, d => string.Join("\n\n", d.Document.Paragraphs.Select(p => p.Text)));
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
            {
                var start = int.Parse(row["start"], CultureInfo.InvariantCulture);
                var end = int.Parse(row["end"], CultureInfo.InvariantCulture);
                Assert.That(texts[row["document_id"]][start..end], Is.EqualTo(row["text"]));
            }
        });
    }

    [TestCase(ExportWhat.Ratings)]
    [TestCase(ExportWhat.Figures)]
    [TestCase(ExportWhat.Quotes)]
    public async Task Export_MinConfidence_KeepsOnlyRowsAtOrAboveIt(ExportWhat what)
    {
        var confidences = stored.SelectMany(d => what switch
        {
            ExportWhat.Ratings => d.Findings.Ratings.Select(r => r.Confidence),
            ExportWhat.Figures => d.Findings.Figures.Select(f => f.Confidence),
            _ => d.Findings.Quotes.Select(q => q.Confidence),
        }).ToList();
        var threshold = confidences.Max();

        var rows = await ExportAsync(new ExportRequest(what, ExportFormat.Jsonl, MinConfidence: threshold));

        Assert.That(rows, Has.Count.EqualTo(confidences.Count(c => c >= threshold)));
        Assert.That(rows.Select(r => double.Parse(r["confidence"], CultureInfo.InvariantCulture)), Has.All.GreaterThanOrEqualTo(threshold));
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(ExportRequest request)
    {
        var writer = new StringWriter();
        await new Exporter(workspace.Store, workspace.Index).ExportAsync(request, writer, CancellationToken.None);
        return request.Format == ExportFormat.Csv ? ExportReader.Csv(writer.ToString()) : ExportReader.JsonLines(writer.ToString());
    }

    private List<string> Expected(ExportWhat what) => what switch
    {
        ExportWhat.Documents => [.. stored.Select(d => Key(d.Document.Id, d.Document.Paragraphs.Count, d.Findings.Ratings.Count, d.Findings.Figures.Count, d.Findings.Quotes.Count, Labels(d.Themes)))],
        ExportWhat.Paragraphs => [.. stored.SelectMany(d => d.Document.Paragraphs.Select(p => Key(d.Document.Id, p.Index, p.Page, p.Heading, Labels(d.ParagraphThemes[p.Index]), p.Text)))],
        ExportWhat.Ratings => [.. stored.SelectMany(d => d.Findings.Ratings.Select((r, i) => Key(d.Document.Id, i, r.Evidence.Paragraph, r.Evidence.Start, r.Evidence.End, r.Value, r.Aspect, r.Subject, r.Excerpt, r.Rule)))],
        ExportWhat.Figures => [.. stored.SelectMany(d => d.Findings.Figures.Select((f, i) => Key(d.Document.Id, i, f.Evidence.Paragraph, f.Evidence.Start, f.Evidence.End, f.Kind, f.Value, f.Subject, f.Excerpt, f.Rule)))],
        _ => [.. stored.SelectMany(d => d.Findings.Quotes.Select((q, i) => Key(d.Document.Id, i, q.Evidence.Paragraph, q.Evidence.Start, q.Evidence.End, q.Speaker, q.Role, q.Organisation, Labels(q.Themes), q.Text, q.Rule)))],
    };

    private static string Project(ExportWhat what, Dictionary<string, string> row) => what switch
    {
        ExportWhat.Documents => Key(row, "document_id", "paragraphs", "ratings", "figures", "quotes", "themes"),
        ExportWhat.Paragraphs => Key(row, "document_id", "paragraph", "page", "heading", "themes", "text"),
        ExportWhat.Ratings => Key(row, "document_id", "ordinal", "paragraph", "start", "end", "value", "aspect", "subject", "evidence", "rule"),
        ExportWhat.Figures => Key(row, "document_id", "ordinal", "paragraph", "start", "end", "figure_kind", "value", "subject", "evidence", "rule"),
        _ => Key(row, "document_id", "ordinal", "paragraph", "start", "end", "speaker", "role", "organisation", "themes", "text", "rule"),
    };

    private static string Key(Dictionary<string, string> row, params string[] columns) =>
        string.Join(" | ", columns.Select(c => c == "value" && double.TryParse(row[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : row[c]));

    private static string Key(params object?[] values) => string.Join(" | ", values.Select(v => v switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));

    private static string Labels(IReadOnlyList<ThemeScore> themes) =>
        string.Join(";", themes.OrderByDescending(t => t.Score).ThenBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Label));
}
