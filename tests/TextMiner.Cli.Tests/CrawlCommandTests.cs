using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Cli.Tests;

public sealed class CrawlCommandTests
{
    [Test]
    public async Task Crawl_FixtureSiteTwiceThroughBaseUrl_SecondRunAllNotModified()
    {
        using var temp = new TempDirectory();
        await using var site = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        var cli = new CliRunner(temp.Combine("data"));
        string[] args = ["crawl", "--source", "hmip-legacy", "--base-url", site.BaseUrl.ToString(), "--interval", "0.01"];

        var first = await cli.RunAsync(args);
        var second = await cli.RunAsync(args);
        var search = await cli.RunAsync("search", "London", "--unit", "document", "--source", "hmip-legacy", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.ToString());
            Assert.That(first.Output, Does.Match(@"fetched (\d+), not modified 0, new \1, updated 0"), first.ToString());
            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.ToString());
            Assert.That(second.Output, Does.Match(@"fetched 0, not modified [1-9]\d*, new 0, updated 0"), second.ToString());
            Assert.That(search.Output, Does.Contain("https://www.justiceinspectorates.gov.uk/hmiprobation/"), "documents keep their real URLs");
        });
    }

    [TestCase("--base-url", "not a url")]
    [TestCase("--since", "22/05/2019")]
    [TestCase("--source", "no-such-source")]
    public async Task Crawl_BadOption_OneLineErrorThenWhereHelpIs_ExitTwo(string option, string value)
    {
        using var temp = new TempDirectory();

        var run = await new CliRunner(temp.Combine("data")).RunAsync("crawl", option, value);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
            var lines = run.Error.Trim().Split('\n', StringSplitOptions.TrimEntries);
            Assert.That(lines, Has.Length.EqualTo(2), run.ToString());
            Assert.That(lines[0], Does.StartWith("error: ").And.Contain(option));
            Assert.That(lines[^1], Is.EqualTo("Try 'textminer crawl --help'"));
        });
    }
}
