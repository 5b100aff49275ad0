using System.Text.Json;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

/// <summary>`search --batch FILE` over a real data directory: the seeds ingested, a real Lucene index, real files.</summary>
public sealed class SearchBatchTests
{
    private TempDirectory temp = null!;
    private CliRunner cli = null!;

    [OneTimeSetUp]
    public async Task IngestSeeds()
    {
        temp = new TempDirectory();
        cli = new CliRunner(temp.Combine("data"));
        var docs = temp.Combine("docs");
        Directory.CreateDirectory(docs);
        foreach (var file in Directory.GetFiles(Corpus.Path("seeds")))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }

        var ingest = await cli.RunAsync("ingest", docs);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Success), ingest.ToString());
    }

    [OneTimeTearDown]
    public void RemoveData() => temp.Dispose();

    [Test]
    public async Task Batch_EachQueryLine_GivesTheSameHitsAsSearchJson()
    {
        var file = Queries("victims", "# a comment", "", "  probation  ", "\"risk of harm\"");

        var batch = await cli.RunAsync("search", "--batch", file, "--limit", "3");

        Assert.That(batch.ExitCode, Is.EqualTo(ExitCodes.Success), batch.ToString());
        var lines = batch.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(lines.Select(l => l.GetProperty("query").GetString()), Is.EqualTo(new[] { "victims", "probation", "\"risk of harm\"" }));
        foreach (var line in lines)
        {
            var query = line.GetProperty("query").GetString()!;
            var single = await cli.RunAsync("search", query, "--limit", "3", "--json");
            var expected = JsonDocument.Parse(single.Output).RootElement;
            Assert.Multiple(() =>
            {
                Assert.That(line.GetProperty("total").GetInt32(), Is.EqualTo(expected.GetProperty("total").GetInt32()), query);
                Assert.That(line.GetProperty("hits").GetRawText(), Is.EqualTo(expected.GetProperty("hits").GetRawText()), query);
                Assert.That(line.GetProperty("latency_ms").GetDouble(), Is.GreaterThan(0), query);
            });
        }

        Assert.That(lines[0].GetProperty("total").GetInt32(), Is.GreaterThan(0), "the seeds mention victims");
    }

    [Test]
    public async Task Batch_BadQueryLine_GetsAnErrorAndTheRestStillRun()
    {
        var file = Queries("victims AND", "probation", "body:(unbalanced");

        var batch = await cli.RunAsync("search", "--batch", file, "--unit", "document");

        Assert.That(batch.ExitCode, Is.EqualTo(ExitCodes.Success), batch.ToString());
        var lines = batch.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That(lines[0].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("invalid-syntax"));
            Assert.That(lines[0].GetProperty("error").GetProperty("message").GetString(), Does.StartWith("The query cannot be read"));
            Assert.That(lines[1].TryGetProperty("error", out _), Is.False);
            Assert.That(lines[1].GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("unit").GetString()), Is.All.EqualTo("document"));
            Assert.That(lines[2].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("unbalanced-brackets"));
        });
    }

    [Test]
    public async Task Batch_OptionsApplyToEveryQuery()
    {
        var file = Queries("probation", "victims");

        var run = await cli.RunAsync("search", "--batch", file, "--unit", "document", "--limit", "1");

        var lines = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.EqualTo(2), run.ToString());
            Assert.That(lines.Select(l => l.GetProperty("hits").GetArrayLength()), Is.All.EqualTo(1));
            Assert.That(lines[0].GetProperty("total").GetInt32(), Is.GreaterThan(1), "more documents match than the limit shows");
            Assert.That(
                lines.SelectMany(l => l.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("unit").GetString()),
                Is.All.EqualTo("document"));
        });
    }

    [Test]
    public async Task Batch_MissingFile_NamesItAndCannotRun()
    {
        var missing = temp.Combine("no-such-queries.txt");

        var run = await cli.RunAsync("search", "--batch", missing);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun));
            Assert.That(run.Error, Does.Contain($"error: {missing}: "));
        });
    }

    [Test]
    public async Task Batch_WithAQueryToo_IsAUsageError()
    {
        var run = await cli.RunAsync("search", "victims", "--batch", Queries("probation"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.CannotRun));
            Assert.That(run.Error, Does.StartWith("error: give either QUERY or --batch FILE, not both"));
        });
    }

    private string Queries(params string[] lines)
    {
        var file = temp.Combine($"queries-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(file, lines);
        return file;
    }
}
