using TextMiner.Core.Stages;

namespace TextMiner.Core.Tests.Stages;

public sealed class StageResultTests
{
    [Test]
    public void Transient_KeepsCodeAndDetailApart()
    {
        var result = StageResult<string>.Transient("timeout", "no complete response in time");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.TransientFailure));
            Assert.That(result.IsFailure, Is.True);
            Assert.That(result.IsTransient, Is.True);
            Assert.That(result.Reason!.Code, Is.EqualTo("timeout"));
            Assert.That(result.Reason.Message, Is.EqualTo("no complete response in time"));
            Assert.That(result.Reason.ToString(), Is.EqualTo("timeout: no complete response in time"));
        });
    }

    [Test]
    public void Map_Ok_KeepsDiagnostics()
    {
        var found = Diagnostic.Info("published-missing", "no published date found");

        var mapped = StageResult<int>.Ok(3, [found]).Map(n => n * 2);

        Assert.Multiple(() =>
        {
            Assert.That(mapped.Value, Is.EqualTo(6));
            Assert.That(mapped.Diagnostics, Is.EqualTo(new[] { found }));
        });
    }

    [Test]
    public void Stopped_Failed_KeepsStatusReasonAndEarlierDiagnostics()
    {
        var earlier = Diagnostic.Warning("encoding-fallback", "read as Latin-1");

        var stopped = StageResult<int>.Failed("html-no-body", "the HTML has no body").After([earlier]).Stopped<string>();

        Assert.Multiple(() =>
        {
            Assert.That(stopped.Status, Is.EqualTo(StageStatus.Failed));
            Assert.That(stopped.IsTransient, Is.False);
            Assert.That(stopped.Reason!.Code, Is.EqualTo("html-no-body"));
            Assert.That(stopped.Diagnostics, Is.EqualTo(new[] { earlier }));
        });
    }

    [Test]
    public void Skipped_IsNeitherOkNorFailure()
    {
        var skipped = StageResult<int>.Skipped("file-too-large", "300 bytes is over the 200-byte limit");

        Assert.Multiple(() =>
        {
            Assert.That(skipped.IsOk, Is.False);
            Assert.That(skipped.IsFailure, Is.False);
            Assert.That(skipped.Reason!.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        });
    }
}
