using System.Globalization;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Search;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>The same query and filters cut the same rows from an export as from search.</summary>
public sealed class ExportFilterTests
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

    private static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Query: "probation")).SetName("Paragraphs_Query");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Query: "staff* AND NOT training")).SetName("Paragraphs_WildcardAndNot");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Source: "local")).SetName("Paragraphs_Source");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Theme: "workload")).SetName("Paragraphs_Theme");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Kind: "inspection-report", Query: "vacant")).SetName("Paragraphs_KindAndQuery");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, To: new DateOnly(2016, 12, 31))).SetName("Paragraphs_To");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, From: new DateOnly(2017, 1, 1), Query: "napo")).SetName("Paragraphs_FromAndQuery");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Documents, Query: "napo")).SetName("Documents_Query");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Documents, Source: "bench")).SetName("Documents_Source");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Quotes, Query: "workload")).SetName("Quotes_Query");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Quotes, Source: "local")).SetName("Quotes_Source");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Quotes, Speaker: "Smith")).SetName("Quotes_Speaker");
        yield return new TestCaseData(new ExportRequest(ExportWhat.Paragraphs, Rating: "Requires improvement")).SetName("Paragraphs_Rating");
    }

    [TestCaseSource(nameof(Filters))]
    public async Task Export_Filtered_SameUnitsAsSearch(ExportRequest request)
    {
        var all = await ExportKeysAsync(new ExportRequest(request.What));
        var exported = await ExportKeysAsync(request);
        var searched = SearchKeys(request);

        Assert.That(exported, Is.EquivalentTo(searched));
        Assert.That(exported, Is.Not.Empty, "the filter must select something");
        Assert.That(exported.Count, Is.LessThan(all.Count), "the filter must cut something");
    }

    [Test]
    public async Task ExportFigures_Query_OnlyFiguresInMatchingParagraphs()
    {
        var request = new ExportRequest(ExportWhat.Figures, ExportFormat.Jsonl, Query: "vacant");
        var writer = new StringWriter();
        await new Exporter(workspace.Store, workspace.Index).ExportAsync(request, writer, CancellationToken.None);
        var figures = ExportReader.JsonLines(writer.ToString());
        var paragraphs = SearchKeys(request with { What = ExportWhat.Paragraphs });

        Assert.That(figures, Is.Not.Empty);
        Assert.That(figures.Select(f => f["document_id"] + "#p" + f["paragraph"]), Is.SubsetOf(paragraphs));
    }

    [Test]
    public void Export_BadQuery_ThrowsSearchQueryException()
    {
        var exporter = new Exporter(workspace.Store, workspace.Index);

        Assert.ThrowsAsync<SearchQueryException>(() =>
            exporter.ExportAsync(new ExportRequest(ExportWhat.Paragraphs, Query: "\"unclosed"), new StringWriter(), CancellationToken.None));
    }

    private async Task<List<string>> ExportKeysAsync(ExportRequest request)
    {
        var writer = new StringWriter();
        await new Exporter(workspace.Store, workspace.Index).ExportAsync(request with { Format = ExportFormat.Jsonl }, writer, CancellationToken.None);
        return [.. ExportReader.JsonLines(writer.ToString()).Select(row => request.What switch
        {
            ExportWhat.Documents => row["document_id"],
            ExportWhat.Quotes => row["document_id"] + "#q" + row["ordinal"],
            _ => row["document_id"] + "#p" + row["paragraph"],
        })];
    }

    /// <summary>What `textminer search` returns for the same request, every page.</summary>
    private List<string> SearchKeys(ExportRequest request)
    {
        var unit = request.What switch
        {
            ExportWhat.Documents => Unit.Document,
            ExportWhat.Quotes => Unit.Quote,
            _ => Unit.Paragraph,
        };
        var keys = new List<string>();
        for (var offset = 0; ; offset += 100)
        {
            var response = workspace.Index.Search(new SearchRequest(
                request.Query, unit, request.Source, request.Kind, request.Theme, request.Speaker, request.Organisation, request.Rating,
                request.From, request.To, Limit: 100, Offset: offset));
            keys.AddRange(response.Hits.Select(hit => unit switch
            {
                Unit.Paragraph => hit.DocumentId + "#p" + hit.Paragraph!.Value.ToString(CultureInfo.InvariantCulture),
                Unit.Document => hit.DocumentId,
                _ => hit.Id,
            }));
            if (offset + 100 >= response.Total)
            {
                return keys;
            }
        }
    }
}
