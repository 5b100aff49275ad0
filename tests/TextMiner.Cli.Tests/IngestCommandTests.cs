using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

public sealed class IngestCommandTests
{
    private TempDirectory temp = null!;
    private CliRunner cli = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        cli = new CliRunner(temp.Combine("data"));
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public async Task Ingest_SameFilesTwice_SecondRunReportsAllUnchanged()
    {
        var docs = CopySeeds();

        var first = await cli.RunAsync("ingest", docs);
        var second = await cli.RunAsync("ingest", docs);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.ToString());
            Assert.That(first.OutputLines.Last(), Is.EqualTo("5 new, 0 updated, 0 unchanged, 0 failed"));
            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.ToString());
            Assert.That(second.OutputLines.Last(), Is.EqualTo("0 new, 0 updated, 5 unchanged, 0 failed"));
        });
    }

    [Test]
    public async Task Ingest_HtmlPageWithoutDate_SummaryNamesTheMissingDateAndThePage()
    {
        var docs = Directory.CreateDirectory(temp.Combine("pages")).FullName;
        var undated = Path.Combine(docs, "undated.html");
        await File.WriteAllTextAsync(undated, Page("Caseloads in the northern region", ""));
        var dated = Path.Combine(docs, "dated.html");
        await File.WriteAllTextAsync(dated, Page("Victim contact in the western region", "<meta property=\"article:published_time\" content=\"2019-05-22T10:00:00Z\">"));

        var run = await cli.RunAsync("ingest", docs);
        var again = await cli.RunAsync("ingest", undated);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
            Assert.That(run.OutputLines, Does.Contain("diagnostics:"), run.ToString());
            Assert.That(run.OutputLines, Does.Contain($"{Parsing.ParseDiagnostics.PublishedMissing}: 1 ({undated})"), run.ToString());
            Assert.That(run.Output, Does.Not.Contain(dated), "the dated page has nothing to report");
            Assert.That(run.OutputLines.Last(), Is.EqualTo("2 new, 0 updated, 0 unchanged, 0 failed"));
            Assert.That(again.Output, Does.Not.Contain(Parsing.ParseDiagnostics.PublishedMissing), "an unchanged page is not parsed again");
        });
    }

    [Test]
    public async Task Ingest_ModifiedFile_ComesBackAsUpdated()
    {
        var docs = CopySeeds();
        await cli.RunAsync("ingest", docs);
        var changed = Directory.GetFiles(docs).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(changed, "\n\nA correction was added to this press release on 23 May 2019.\n");

        var run = await cli.RunAsync("ingest", docs);

        Assert.That(run.OutputLines.Last(), Is.EqualTo("0 new, 1 updated, 4 unchanged, 0 failed"), run.ToString());
    }

    [Test]
    public async Task Ingest_BadFilesAmongGood_NamesEachBadFileAndExitsOne()
    {
        var docs = CopySeeds();
        File.WriteAllBytes(Path.Combine(docs, "empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(docs, "random.pdf"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray());
        File.WriteAllText(Path.Combine(docs, "nobody.html"), "<html><head><title>x</title></head></html>");
        var missing = Path.Combine(docs, "missing.txt");
        var unsupported = Path.Combine(docs, "notes.docx");
        File.WriteAllText(unsupported, "not really a docx");

        var run = await cli.RunAsync("ingest", docs, missing, unsupported);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SomeFailed), run.ToString());
            Assert.That(run.OutputLines.Last(), Is.EqualTo("5 new, 0 updated, 0 unchanged, 5 failed"));
            foreach (var name in new[] { "empty.pdf", "random.pdf", "nobody.html", "missing.txt", "notes.docx" })
            {
                Assert.That(run.Error, Does.Contain($"error: {Path.Combine(docs, name)}: "), name);
            }

            Assert.That(run.Error, Does.Contain(Pipeline.PipelineErrors.FileNotFound));
        });
    }

    [Test]
    public async Task Ingest_FailedRunAfterGoodOne_LosesNothingStored()
    {
        var docs = CopySeeds();
        await cli.RunAsync("ingest", docs);
        var bad = temp.Combine("bad.pdf");
        File.WriteAllText(bad, "%PDF-1.7 truncated");

        var run = await cli.RunAsync("ingest", bad);
        var search = await cli.RunAsync("search", "victims", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.SomeFailed));
            Assert.That(search.ExitCode, Is.EqualTo(ExitCodes.Success), search.ToString());
            Assert.That(search.Output, Does.Contain("victims"));
        });
    }

    private string CopySeeds()
    {
        var docs = temp.Combine("docs");
        Directory.CreateDirectory(docs);
        foreach (var file in Directory.GetFiles(Corpus.Path("seeds")))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }

        return docs;
    }

    private static string Page(string title, string head) =>
        $"<!doctype html><html><head><title>{title}</title>{head}</head><body><main><h1>{title}</h1>"
        + "<p>Inspectors found that probation officers in the region held caseloads well above the national target for most of the year.</p>"
        + "<p>Managers said recruitment had improved, but many posts were still covered by agency staff on short contracts.</p></main></body></html>";
}
