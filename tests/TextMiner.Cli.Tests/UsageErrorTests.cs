using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

/// <summary>
/// The CLI's error table: a command line that cannot run prints one line naming the problem and one saying where help
/// is, and exits 2; `nightly` also says CANNOT RUN on its first stdout line. Each row is one case.
/// </summary>
public sealed class UsageErrorTests
{
    private TempDirectory temp = null!;

    public static IEnumerable<TestCaseData> Table()
    {
        yield return Row(["serch", "x"], "error: unknown verb 'serch'", "textminer");
        yield return Row(["search"], "error: Required argument missing for command: 'search'.", "textminer search");
        yield return Row(["search", "x", "--unit", "quotes"], "error: unknown value 'quotes' for --unit: use one of paragraph, document, quote", "textminer search");
        yield return Row(["search", "x", "--sort", "newest"], "error: unknown value 'newest' for --sort: use one of relevance, date", "textminer search");
        yield return Row(["search", "x", "--limit", "ten"], "error: --limit takes a whole number, not 'ten'", "textminer search");
        yield return Row(
            ["search", "victims", "--theme", "victims"],
            "error: unknown value 'victims' for --theme: use one of victim-contact, staffing, workload, public-protection, privatisation, training, estates, leadership, court-work, rehabilitation, pay-and-conditions, technology, equality-diversity",
            "textminer search");
        yield return Row(["search", "x", "--source", "napo-mag"], "error: unknown value 'napo-mag' for --source: use one of hmip, hmip-legacy, napo, napo-magazine, local, synthetic", "textminer search");
        yield return Row(
            ["quotes", "--kind", "pressrelease"],
            "error: unknown value 'pressrelease' for --kind: use one of press-release, inspection-report, thematic-report, annual-report, news, blog, magazine-article, article, document",
            "textminer quotes");
        yield return Row(["quotes", "--rating", "great"], "error: unknown value 'great' for --rating: use one of Outstanding, Good, Requires improvement, Inadequate", "textminer quotes");
        yield return Row(["search", "x", "--from", "2019-13"], "error: malformed date '2019-13' for --from: use YYYY-MM-DD, YYYY-MM or YYYY", "textminer search");
        yield return Row(["export"], "error: Option '--what' is required.", "textminer export");
        yield return Row(["export", "--what", "rows"], "error: unknown value 'rows' for --what: use one of documents, paragraphs, ratings, figures, quotes", "textminer export");
        yield return Row(["export", "--what", "quotes", "--format", "xml"], "error: unknown value 'xml' for --format: use one of csv, jsonl", "textminer export");
        yield return Row(["crawl", "--since", "last week"], "error: malformed date 'last week' for --since: use YYYY-MM-DD, YYYY-MM or YYYY", "textminer crawl");
    }

    public static IEnumerable<TestCaseData> NightlyTable()
    {
        yield return Nightly(["--sources", "hmip-legcy"], "unknown value 'hmip-legcy' for --sources: use one of all, hmip, hmip-legacy, napo, napo-magazine, FILE.json");
        yield return Nightly(["--log-format", "xml"], "unknown value 'xml' for --log-format: use one of text, json");
        yield return Nightly(["--interval", "-1"], "--interval must be zero or more seconds");
        yield return Nightly(["--interval", "soon"], "--interval takes a number, not 'soon'");
        yield return Nightly(["--base-url", "hmip"], "--base-url takes NAME=URL with an absolute http(s) URL, not 'hmip'");
        yield return Nightly(["--sources", "hmip", "--base-url", "napo=http://127.0.0.1:1/"], "--base-url names napo, which is not among the sources of this run (hmip)");
        yield return Nightly(["--bogus"], "Unrecognized command or argument '--bogus'.");
    }

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [TestCaseSource(nameof(Table))]
    public async Task UsageError_PrintsOneLineAndWhereHelpIs_ExitsTwo(string[] args, string message, string verb)
    {
        var run = await new CliRunner(temp.Combine("data")).RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
            Assert.That(ErrorLines(run), Is.EqualTo(new[] { message, $"Try '{verb} --help'" }), run.ToString());
            Assert.That(run.Output, Is.Empty, run.ToString());
        });
    }

    [TestCaseSource(nameof(NightlyTable))]
    public async Task Nightly_UsageError_FirstLineSaysCannotRun_ExitsTwo(string[] args, string message)
    {
        var run = await new CliRunner(temp.Combine("data")).RunAsync(["nightly", .. args]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
            Assert.That(run.OutputLines, Is.EqualTo(new[] { "nightly: CANNOT RUN: " + message }), run.ToString());
            Assert.That(ErrorLines(run), Is.EqualTo(new[] { "error: " + message, "Try 'textminer nightly --help'" }), run.ToString());
        });
    }

    [TestCase("search", "x")]
    [TestCase("quotes")]
    [TestCase("export", "--what", "documents")]
    [TestCase("stats")]
    [TestCase("status")]
    [TestCase("doctor")]
    [TestCase("reindex")]
    [TestCase("snapshot", "--out", "snapshot.zip")]
    [TestCase("serve")]
    public async Task ReadVerb_MissingDataDirectory_IsNamedAndNotCreated(params string[] args)
    {
        var missing = temp.Combine("typo-dir");

        var run = await new CliRunner(missing, withModel: false).RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
            Assert.That(ErrorLines(run), Is.EqualTo(new[] { $"error: {missing}: {CliContext.NoDataDirectory}" }), run.ToString());
            Assert.That(Directory.Exists(missing), Is.False);
        });
    }

    [Test]
    public async Task Help_ShowsChoicesLowerCase_WithoutTypeNames()
    {
        var run = await new CliRunner(temp.Combine("data")).RunAsync("search", "--help");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
            Assert.That(run.Output, Does.Contain("--unit <paragraph|document|quote>"));
            Assert.That(run.Output, Does.Contain("--sort <relevance|date>"));
            Assert.That(run.Output, Does.Contain("every term must match unless you write OR between them"));
            Assert.That(run.Output, Does.Not.Contain("TextMiner.").And.Not.Contain("Document|Paragraph"));
        });
    }

    private static string[] ErrorLines(CliRun run) =>
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TestCaseData Row(string[] args, string message, string verb) =>
        new TestCaseData(args, message, verb).SetName($"UsageError_{string.Join('_', args)}");

    private static TestCaseData Nightly(string[] args, string message) =>
        new TestCaseData(args, message).SetName($"Nightly_UsageError_{string.Join('_', args)}");
}
