using TextMiner.Core;
using TextMiner.Search;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests.Failures;

/// <summary>
/// A store or index the CLI cannot use ends the verb with the project's own message (the file and the reason) and exit
/// code 2, whatever library failed underneath.
/// </summary>
public sealed class StoreAndIndexFailureTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public async Task Ingest_StoreFileIsNotADatabase_NamesTheFileAndExitsTwo()
    {
        var data = new DataDirectory(temp.Combine("data"));
        data.EnsureCreated();
        await File.WriteAllTextAsync(data.DatabasePath, "this is not a database, but it is long enough to have a header.");

        var run = await new CliRunner(data.Root).RunAsync("ingest", Corpus.Path("seeds"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
        Assert.That(run.Error, Does.Contain($"error: {data.Root}: cannot open the data directory: The file {data.DatabasePath} is not a TextMiner SQLite database."));
    }

    [Test]
    public async Task Ingest_IndexLockedByAnotherWriter_SaysSoAndExitsTwo()
    {
        var data = new DataDirectory(temp.Combine("data"));
        data.EnsureCreated();
        using (SearchIndex.Open(data.IndexPath))
        {
            var run = await new CliRunner(data.Root).RunAsync("ingest", Corpus.Path("seeds"));

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun), run.ToString());
            Assert.That(run.Error, Does.Contain($"error: {data.Root}: cannot open the data directory: The index at {data.IndexPath} is in use by another process"));
        }
    }
}
