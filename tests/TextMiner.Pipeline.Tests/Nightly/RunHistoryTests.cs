using TextMiner.Pipeline.Nightly;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Nightly;

public sealed class RunHistoryTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task WriteAsync_ThenReadRecent_RoundTripsNewestFirstWithNoTemporaryFile()
    {
        using var temp = new TempDirectory();
        var history = new RunHistory(temp.Path);
        foreach (var night in new[] { Night, Night.AddDays(1), Night.AddDays(2) })
        {
            await history.WriteAsync(Summary(history.NewId(night), night), CancellationToken.None);
        }

        var recent = history.ReadRecent(2);
        Assert.Multiple(() =>
        {
            Assert.That(recent.Select(r => r.Started), Is.EqualTo(new[] { Night.AddDays(2), Night.AddDays(1) }));
            Assert.That(recent[0].Sources[0].Discovered, Is.EqualTo(40));
            Assert.That(Directory.GetFiles(temp.Path, "*.tmp"), Is.Empty);
            Assert.That(File.ReadAllText(history.PathOf(recent[0].Id)), Does.Contain("\"status\": \"ok\""));
        });
    }

    [Test]
    public async Task NewId_SameSecond_IsUnique()
    {
        using var temp = new TempDirectory();
        var history = new RunHistory(temp.Path);
        var first = history.NewId(Night);
        await history.WriteAsync(Summary(first, Night), CancellationToken.None);
        Assert.That(history.NewId(Night), Is.Not.EqualTo(first));
    }

    [Test]
    public async Task ReadRecent_DamagedFileAndInterruptedRun_AreNotBaselines()
    {
        using var temp = new TempDirectory();
        var history = new RunHistory(temp.Path);
        await history.WriteAsync(Summary("run-a", Night), CancellationToken.None);
        await history.WriteAsync(Summary("run-b", Night.AddDays(1)) with { Status = RunStatus.Interrupted }, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "run-c.json"), "{ half a summ");

        Assert.That(history.RecentRunsOf("hmip", 10), Has.Count.EqualTo(1));
    }

    private static RunSummary Summary(string id, DateTimeOffset started) =>
        new(id, started, started.AddMinutes(3), RunStatus.Ok, "nightly: OK", [BreakageGuardTests.Run(40, 2, 0, 0)]);
}
