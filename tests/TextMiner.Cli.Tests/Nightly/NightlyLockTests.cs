using TextMiner.Pipeline.Nightly;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>One run at a time: a second concurrent run exits 2 at once; a lock left by a killed run is taken over.</summary>
[NonParallelizable]
public sealed class NightlyLockTests
{
    [Test]
    public async Task Nightly_SecondConcurrentRun_ExitsTwoWithTheHolder()
    {
        await using var server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        using var temp = new TempDirectory();
        var holderFile = temp.Combine(RunLock.FileName + ".holder");
        using var first = NightlyProcess.Start(temp.Path, server.BaseUrl, null, "--interval", "1");
        await NightlyCrashTests.WaitUntilAsync(() => File.Exists(holderFile) || first.HasExited);
        Assert.That(first.HasExited, Is.False);

        using var second = NightlyProcess.Start(temp.Path, server.BaseUrl);
        var secondRun = await second.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.That(first.HasExited, Is.False, "the first run should still be working when the second gives up");
        var firstRun = await first.WaitAsync(TimeSpan.FromMinutes(4));

        Assert.Multiple(() =>
        {
            Assert.That(secondRun.ExitCode, Is.EqualTo(ExitCodes.CannotRun), secondRun.ToString());
            Assert.That(secondRun.OutputLines[0], Does.StartWith("nightly: CANNOT RUN: another run holds the lock (pid " + first.Id + " "));
            Assert.That(firstRun.ExitCode, Is.Zero, firstRun.ToString());
            Assert.That(Directory.GetFiles(temp.Combine("runs"), "*.json"), Has.Length.EqualTo(1), "only one run worked");
            Assert.That(File.Exists(holderFile), Is.False, "the holder file is removed on a clean exit");
        });
    }

    [Test]
    public async Task Nightly_StaleLockOfKilledRun_IsTakenOverWithALogLine()
    {
        await using var server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        using var temp = new TempDirectory();
        const string stale = "pid 999999 on gone-host since 2026-01-01T02:00:00.0000000+00:00";
        await File.WriteAllTextAsync(temp.Combine(RunLock.FileName), string.Empty);
        await File.WriteAllTextAsync(temp.Combine(RunLock.FileName + ".holder"), stale);

        using var run = NightlyProcess.Start(temp.Path, server.BaseUrl);
        var result = await run.WaitAsync(TimeSpan.FromMinutes(4));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Output, Does.Contain("took over a stale lock: " + stale));
            Assert.That(result.Error, Does.Contain("Took over a stale lock left by a killed run (" + stale + ")"));
        });
    }

    [Test]
    public async Task Nightly_LockHeldInAnotherProcess_StatusNamesTheHolder()
    {
        using var temp = new TempDirectory();
        using var held = RunLock.TryAcquire(temp.Path, TimeProvider.System, out _);
        Assert.That(held, Is.Not.Null);
        var status = await new CliRunner(temp.Path).RunAsync("status");
        Assert.That(status.Output, Does.Contain("lock: held by pid " + Environment.ProcessId), status.ToString());
    }
}
