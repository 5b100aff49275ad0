using System.Diagnostics;
using TextMiner.Pipeline.Nightly;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>SIGTERM mid-run stops gracefully: index committed and consistent, lock released, summary marked interrupted.</summary>
[NonParallelizable]
public sealed class NightlySignalTests
{
    [Test]
    public async Task Nightly_SigtermMidRun_CommitsReleasesLockAndWritesInterruptedSummary()
    {
        await using var server = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        using var temp = new TempDirectory();
        using var run = NightlyProcess.Start(temp.Path, server.BaseUrl, null, "--interval", "1");
        await NightlyCrashTests.WaitUntilAsync(() => server.Requests.Count >= 8 || run.HasExited);
        Assert.That(run.HasExited, Is.False, "the run ended before the signal");
        using (var kill = Process.Start("kill", ["-TERM", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var result = await run.WaitAsync(TimeSpan.FromMinutes(2));
        var doctor = await new CliRunner(temp.Path).RunAsync("doctor");
        var summaries = Directory.GetFiles(temp.Combine("runs"), "*.json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Interrupted), result.ToString());
            Assert.That(result.OutputLines[0], Does.StartWith("nightly: INTERRUPTED after "), result.ToString());
            Assert.That(summaries, Has.Length.EqualTo(1));
            Assert.That(File.ReadAllText(summaries[0]), Does.Contain("\"status\": \"interrupted\""));
            Assert.That(File.Exists(temp.Combine(RunLock.FileName + ".holder")), Is.False, "lock released");
            Assert.That(doctor.OutputLines[0], Does.StartWith("doctor: OK"), doctor.ToString());
        });
    }
}
