using System.Text.Json;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>
/// Night two of a source, after an uninterrupted first night: a corrected page shows up as a version change with its
/// findings diff, and a site that suddenly yields nothing fails the run with the source and what changed.
/// </summary>
[NonParallelizable]
public sealed class NightlyHistoryTests
{
    private const string PressRelease = "hmiprobation/media/press-releases/2019/03/probation-services-in-cumbria-and-lancashire-rated-good/index.html";

    [Test]
    public async Task Nightly_CorrectedPage_KeepsOldVersionAndListsFindingsDiff()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        CopyDirectory(Corpus.Path("sites", "hmip-legacy"), site);
        var data = temp.Combine("data");
        await using var server = await FixtureSiteServer.StartAsync(site);
        var first = await RunAsync(data, server.BaseUrl);

        var page = Path.Combine(site, PressRelease);
        var html = await File.ReadAllTextAsync(page);
        await File.WriteAllTextAsync(page, html.Replace("rated Good", "rated Outstanding", StringComparison.Ordinal)
            .Replace("up to 70 cases", "up to 85 cases", StringComparison.Ordinal));
        var second = await RunAsync(data, server.BaseUrl);
        var status = await new CliRunner(data).RunAsync("status");

        var summary = JsonDocument.Parse(await File.ReadAllTextAsync(LatestSummary(data))).RootElement;
        var change = summary.GetProperty("sources")[0].GetProperty("changes")[0];
        await TestContext.Out.WriteLineAsync(second.Output + "\n" + change);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(second.ExitCode, Is.Zero, second.ToString());
            Assert.That(second.OutputLines[0], Does.StartWith("nightly: OK 1 sources, 0 new, 1 updated, 0 failed"));
            Assert.That(second.Output, Does.Contain("changed: https://").And.Contain("rated-good/"));
            Assert.That(change.GetProperty("diff").GetProperty("addedRatings").GetArrayLength()
                + change.GetProperty("diff").GetProperty("addedFigures").GetArrayLength(), Is.GreaterThan(0), change.ToString());
            Assert.That(status.Output, Does.Contain("1 older versions"), status.ToString());
        });
    }

    [Test]
    public async Task Nightly_SiteSuddenlyEmpty_FailsNamingSourceAndRecentCount()
    {
        using var temp = new TempDirectory();
        var data = temp.Combine("data");
        await using (var server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy")))
        {
            var first = await RunAsync(data, server.BaseUrl);
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
        }

        Directory.CreateDirectory(temp.Combine("redesigned"));
        await File.WriteAllTextAsync(temp.Combine("redesigned", "robots.txt"), "User-agent: *\nDisallow:\n");
        await using var redesigned = await FixtureSiteServer.StartAsync(temp.Combine("redesigned"));
        var second = await RunAsync(data, redesigned.BaseUrl);

        Assert.Multiple(() =>
        {
            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.SomeFailed), second.ToString());
            Assert.That(second.OutputLines[0], Does.StartWith("nightly: FAILED source hmip-legacy: 0 documents discovered, recent runs found 20"));
            Assert.That(second.Output, Does.Contain("GUARD no-documents"));
        });
    }

    [Test]
    public async Task Nightly_PageWithoutDate_DiagnosticByCodeInOutputAndRunSummary()
    {
        using var temp = new TempDirectory();
        var site = temp.Combine("site");
        CopyDirectory(Corpus.Path("sites", "hmip-legacy"), site);
        await AddUndatedPressReleaseAsync(site);
        var data = temp.Combine("data");
        await using var server = await FixtureSiteServer.StartAsync(site);

        var run = await RunAsync(data, server.BaseUrl);

        var source = JsonDocument.Parse(await File.ReadAllTextAsync(LatestSummary(data))).RootElement.GetProperty("sources")[0];
        var diagnostics = source.GetProperty("diagnostics").EnumerateArray().ToList();
        var missingDate = diagnostics.Single(d => d.GetProperty("code").GetString() == Parsing.ParseDiagnostics.PublishedMissing);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(missingDate.GetProperty("count").GetInt32(), Is.EqualTo(1), source.ToString());
            Assert.That(missingDate.GetProperty("examples")[0].GetString(), Is.EqualTo(UndatedUrl));
            Assert.That(run.Output, Does.Contain($"diagnostic {Parsing.ParseDiagnostics.PublishedMissing}: 1 ({UndatedUrl})"));
            foreach (var diagnostic in diagnostics)
            {
                var code = diagnostic.GetProperty("code").GetString();
                var count = diagnostic.GetProperty("count").GetInt32();
                var examples = diagnostic.GetProperty("examples").EnumerateArray().Select(e => e.GetString()).ToList();
                Assert.That(examples, Has.Count.InRange(1, Math.Min(3, count)), code);
                Assert.That(examples, Has.All.StartWith("https://www.justiceinspectorates.gov.uk/"), "documents are named by their real URLs");
                Assert.That(run.Output, Does.Contain($"diagnostic {code}: {count} ({examples[0]}"), code);
            }
        });
    }

    private const string UndatedUrl = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2018/10/undated-notice/";

    /// <summary>A press release whose page, and the listing that links it, give no date (invented text).</summary>
    private static async Task AddUndatedPressReleaseAsync(string site)
    {
        var folder = Path.Combine(site, "hmiprobation", "media", "press-releases", "2018", "10", "undated-notice");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"),
            "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Notice about approved premises</title></head><body>"
            + "<main id=\"main\" class=\"site-main\"><article class=\"post type-post\"><h1 class=\"entry-title\">Notice about approved premises</h1>"
            + "<div class=\"entry-content\"><p>Inspectors will look again at how approved premises in the northern region manage their waiting lists.</p>"
            + "<p>The review will report on staffing, training and the condition of the buildings used by the service.</p></div></article></main></body></html>");
        var listing = Path.Combine(site, "hmiprobation", "media", "press-releases", "index.html");
        var html = await File.ReadAllTextAsync(listing);
        const string main = "<main id=\"main\" class=\"site-main\">";
        await File.WriteAllTextAsync(listing, html.Replace(main, main
            + $"<article class=\"post type-post\"><h2 class=\"entry-title\"><a href=\"{UndatedUrl}\" rel=\"bookmark\">Notice about approved premises</a></h2></article>",
            StringComparison.Ordinal));
    }

    private static async Task<CliRun> RunAsync(string data, Uri baseUrl)
    {
        using var run = NightlyProcess.Start(data, baseUrl);
        return await run.WaitAsync(TimeSpan.FromMinutes(5));
    }

    private static string LatestSummary(string data) =>
        Directory.GetFiles(Path.Combine(data, "runs"), "*.json").OrderDescending(StringComparer.Ordinal).First();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
