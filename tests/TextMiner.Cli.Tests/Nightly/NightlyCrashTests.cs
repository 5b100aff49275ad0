using TextMiner.Core;
using TextMiner.Pipeline.Nightly;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>
/// `nightly` as a child process, killed with SIGKILL mid-fetch, mid-ingest and mid-commit, then rerun: the store and
/// index must equal those of an uninterrupted run (same ids and versions, index equal to store, same hit counts).
/// </summary>
[NonParallelizable]
public sealed class NightlyCrashTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);
    private FixtureSiteServer server = null!;
    private TempDirectory temp = null!;
    private StoreSnapshot reference = null!;
    private CliRun referenceRun = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        temp = new TempDirectory();
        using var run = NightlyProcess.Start(temp.Combine("reference"), server.BaseUrl);
        referenceRun = await run.WaitAsync(RunTimeout);
        Assert.That(referenceRun.ExitCode, Is.Zero, referenceRun.ToString());
        reference = await StoreSnapshot.TakeAsync(temp.Combine("reference"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    [Test]
    public void Reference_UninterruptedRun_StoresAndIndexesEveryDocumentOnce()
    {
        Assert.That(referenceRun.OutputLines[0], Does.StartWith("nightly: OK 1 sources, "), referenceRun.ToString());
        Assert.That(reference.StoredVersions, Has.Count.GreaterThan(5));
        Assert.That(reference.IndexedVersions, Is.EqualTo(reference.StoredVersions));
        Assert.That(reference.IndexedDocumentEntries, Is.EqualTo(reference.StoredVersions.Count));
        Assert.That(reference.PendingIndex, Is.Zero);
        Assert.That(Directory.GetFiles(temp.Combine("reference", "runs"), "*.json"), Has.Length.EqualTo(1));
    }

    [TestCase(3)]
    [TestCase(9)]
    public async Task Nightly_KilledMidFetch_RerunEqualsUninterruptedRun(int requests)
    {
        var data = NewDataDirectory();
        server.ClearLog();
        using (var run = NightlyProcess.Start(data, server.BaseUrl))
        {
            await WaitUntilAsync(() => server.Requests.Count >= requests || run.HasExited);
            Assert.That(run.HasExited, Is.False, "the run ended before the kill point");
            run.Kill();
            await run.WaitAsync(RunTimeout);
        }

        await RerunAndCompareAsync(data);
    }

#if FAILPOINTS
    // The CLI built beside these tests has failpoints only when they do (every configuration but Release).
    [TestCase(NightlyCheckpoints.AfterStore + ":1")]
    [TestCase(NightlyCheckpoints.AfterStore + ":4")]
    [TestCase(NightlyCheckpoints.AfterSource)]
    public async Task Nightly_KilledAtFailpoint_RerunEqualsUninterruptedRun(string failpoint)
    {
        var data = NewDataDirectory();
        using (var run = NightlyProcess.Start(data, server.BaseUrl, failpoint))
        {
            var killed = await run.WaitAsync(RunTimeout);
            Assert.That(killed.ExitCode, Is.EqualTo(137), "the failpoint should kill the process: " + killed);
            Assert.That(Directory.GetFiles(Path.Combine(data, "runs"), "*.json"), Is.Empty, "a killed run writes no summary");
        }

        var crashed = await StoreSnapshot.TakeAsync(data);
        Assert.That(crashed.StoredVersions, Is.Not.Empty, "the kill should come after documents were stored");
        await RerunAndCompareAsync(data);
    }
#endif

    [Test]
    public async Task Nightly_KilledWhenFirstDocumentsAppearInSqlite_RerunEqualsUninterruptedRun()
    {
        var data = NewDataDirectory();
        using (var run = NightlyProcess.Start(data, server.BaseUrl))
        {
            var database = new DataDirectory(data).DatabasePath;
            await WaitUntilAsync(() => StoreSnapshot.CountDocuments(database) >= 2 || run.HasExited);
            Assert.That(run.HasExited, Is.False, "the run ended before the kill point");
            run.Kill();
            await run.WaitAsync(RunTimeout);
        }

        await RerunAndCompareAsync(data);
    }

    [Test]
    public async Task Nightly_AllFixtureSitesTwice_OkThenIncrementalWithSummaries()
    {
        var sites = new[] { "hmip", "hmip-legacy", "napo", "napo-magazine" };
        var servers = new List<FixtureSiteServer>();
        try
        {
            foreach (var site in sites)
            {
                servers.Add(site == "hmip-legacy" ? server : await FixtureSiteServer.StartAsync(Corpus.Path("sites", site)));
            }

            var data = NewDataDirectory();
            var args = new List<string> { "--sources", "all" };
            args.AddRange(sites.Zip(servers).SelectMany(p => new[] { "--base-url", $"{p.First}={p.Second.BaseUrl}" }));
            var runs = new List<CliRun>();
            for (var night = 0; night < 2; night++)
            {
                using var run = NightlyProcess.Start(data, server.BaseUrl, null, [.. args]);
                runs.Add(await run.WaitAsync(RunTimeout));
            }

            var summaries = Directory.GetFiles(Path.Combine(data, "runs"), "*.json").Order(StringComparer.Ordinal).ToList();
            await TestContext.Out.WriteLineAsync(runs[0].Output + "\n" + await File.ReadAllTextAsync(summaries[0]));
            await TestContext.Out.WriteLineAsync(runs[1].ToString());
            Assert.Multiple(() =>
            {
                Assert.That(runs[0].ExitCode, Is.Zero, runs[0].ToString());
                Assert.That(runs[0].OutputLines[0], Does.Match(@"^nightly: OK 4 sources, [1-9]\d* new, 0 updated, 0 failed \(runs/run-.*\.json\)$"));
                Assert.That(runs[1].ExitCode, Is.Zero, runs[1].ToString());
                Assert.That(runs[1].OutputLines[0], Does.StartWith("nightly: OK 4 sources, 0 new, 0 updated, 0 failed"));
                Assert.That(summaries, Has.Count.EqualTo(2));
            });
        }
        finally
        {
            foreach (var other in servers.Where(s => s != server))
            {
                await other.DisposeAsync();
            }
        }
    }

    [Test]
    public async Task Doctor_IndexLost_ReportsInconsistentThenRepairs()
    {
        var data = NewDataDirectory();
        foreach (var file in Directory.GetFiles(temp.Combine("reference"), "textminer.db*"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var cli = new CliRunner(data);

        var broken = await cli.RunAsync("doctor");
        var repaired = await cli.RunAsync("doctor", "--repair");
        var healthy = await cli.RunAsync("doctor");
        var status = await new CliRunner(temp.Combine("reference")).RunAsync("status");

        Assert.Multiple(() =>
        {
            Assert.That(broken.ExitCode, Is.EqualTo(ExitCodes.SomeFailed), broken.ToString());
            Assert.That(broken.OutputLines[0], Does.StartWith($"doctor: INCONSISTENT {reference.StoredVersions.Count} stored but not indexed"));
            Assert.That(repaired.ExitCode, Is.Zero, repaired.ToString());
            Assert.That(repaired.OutputLines[0], Is.EqualTo($"doctor: REPAIRED index rebuilt from the store ({reference.StoredVersions.Count} documents)"));
            Assert.That(healthy.OutputLines[0], Is.EqualTo($"doctor: OK store and index agree ({reference.StoredVersions.Count} documents)"));
            Assert.That(status.ExitCode, Is.Zero, status.ToString());
            Assert.That(status.Output, Does.Contain(" OK ").And.Contain("nightly: OK 1 sources"));
            Assert.That(status.Output, Does.Contain($"store: {reference.StoredVersions.Count} documents (hmip-legacy {reference.StoredVersions.Count})"));
            Assert.That(status.Output, Does.Contain("pending index work: 0").And.Contain("lock: free"));
        });
    }

    private async Task RerunAndCompareAsync(string data)
    {
        using var rerun = NightlyProcess.Start(data, server.BaseUrl);
        var result = await rerun.WaitAsync(RunTimeout);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.OutputLines[0], Does.StartWith("nightly: OK"));
        var after = await StoreSnapshot.TakeAsync(data);
        Assert.Multiple(() =>
        {
            Assert.That(after.StoredVersions, Is.EqualTo(reference.StoredVersions), "stored ids and versions");
            Assert.That(after.IndexedVersions, Is.EqualTo(after.StoredVersions), "index equals store");
            Assert.That(after.IndexedDocumentEntries, Is.EqualTo(after.StoredVersions.Count), "no duplicate index entries");
            Assert.That(after.HitCounts, Is.EqualTo(reference.HitCounts), "paragraph hit counts");
            Assert.That(after.PendingIndex, Is.Zero, "pending index work");
            Assert.That(after.HistoricalVersions, Is.EqualTo(reference.HistoricalVersions), "no spurious versions");
        });
    }

    /// <summary>A fresh data directory with the reference run's trained theme model, so a run does not train again.</summary>
    private string NewDataDirectory()
    {
        var data = temp.Combine(Guid.NewGuid().ToString("N"));
        var models = Path.Combine(data, "models");
        Directory.CreateDirectory(models);
        foreach (var file in Directory.GetFiles(temp.Combine("reference", "models")))
        {
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        }

        return data;
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow() + RunTimeout;
        while (!condition())
        {
            Assert.That(TimeProvider.System.GetUtcNow(), Is.LessThan(deadline), "timed out waiting");
            await Task.Delay(10);
        }
    }
}
