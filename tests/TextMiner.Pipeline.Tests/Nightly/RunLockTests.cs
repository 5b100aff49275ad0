using TextMiner.Pipeline.Nightly;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Nightly;

public sealed class RunLockTests
{
    [Test]
    public void TryAcquire_WhileHeld_ReturnsNullAndTheHolder()
    {
        using var temp = new TempDirectory();
        using var first = RunLock.TryAcquire(temp.Path, TimeProvider.System, out _);
        using var second = RunLock.TryAcquire(temp.Path, TimeProvider.System, out var heldBy);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(second, Is.Null);
            Assert.That(heldBy, Does.StartWith($"pid {Environment.ProcessId} on "));
            Assert.That(RunLock.Holder(temp.Path, out _), Is.EqualTo(heldBy));
        });
    }

    [Test]
    public void TryAcquire_AfterRelease_SucceedsWithNothingTakenOver()
    {
        using var temp = new TempDirectory();
        RunLock.TryAcquire(temp.Path, TimeProvider.System, out _)!.Dispose();
        using var again = RunLock.TryAcquire(temp.Path, TimeProvider.System, out _);
        Assert.That(again?.TakenOverFrom, Is.Null);
        Assert.That(again, Is.Not.Null);
    }

    [Test]
    public void TryAcquire_StaleHolderFileOfKilledRun_TakesOverAndSaysFromWhom()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, RunLock.FileName), "");
        File.WriteAllText(Path.Combine(temp.Path, RunLock.FileName + ".holder"), "pid 4242 on old-host since 2026-11-21T02:00:00Z");
        Assert.That(RunLock.Holder(temp.Path, out var stale), Is.Null);
        Assert.That(stale, Is.EqualTo("pid 4242 on old-host since 2026-11-21T02:00:00Z"));
        using var taken = RunLock.TryAcquire(temp.Path, TimeProvider.System, out _);
        Assert.That(taken?.TakenOverFrom, Is.EqualTo("pid 4242 on old-host since 2026-11-21T02:00:00Z"));
    }

#if FAILPOINTS
    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("after-store:x", false)]
    [TestCase("after-store:2", true)]
    [TestCase("after-source", true)]
    public void FailpointParse_Values_OnlyWellFormedArm(string? value, bool armed) =>
        Assert.That(Failpoint.Parse(value) != Failpoint.None, Is.EqualTo(armed));
#endif
}
