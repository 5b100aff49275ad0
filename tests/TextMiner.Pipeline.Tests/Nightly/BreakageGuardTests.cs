using TextMiner.Pipeline.Nightly;

namespace TextMiner.Pipeline.Tests.Nightly;

public sealed class BreakageGuardTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        // discovered, analysed, missing title, missing date, recent runs (discovered, analysed, missing title, missing date) → fired guard or null
        yield return new TestCaseData(40, 2, 0, 0, Recent(40, 41, 39), null).SetName("Quiet night, same size: no guard");
        yield return new TestCaseData(0, 0, 0, 0, Recent(40, 41, 39), BreakageGuard.NoDocuments).SetName("Nothing discovered after 40s: no-documents");
        yield return new TestCaseData(0, 0, 0, 0, Recent(), BreakageGuard.NoDocuments).SetName("Nothing discovered on a first run: no-documents");
        yield return new TestCaseData(12, 0, 0, 0, Recent(40, 41, 39), BreakageGuard.FewerDocuments).SetName("12 after 40: fewer-documents");
        yield return new TestCaseData(25, 0, 0, 0, Recent(40, 41, 39), null).SetName("25 after 40 (above half): no guard");
        yield return new TestCaseData(1, 0, 0, 0, Recent(3, 3, 2), null).SetName("Small source dropping to 1: noise, no guard");
        yield return new TestCaseData(40, 10, 8, 0, Recent(40, 40), BreakageGuard.MissingTitles).SetName("Titles suddenly missing: missing-titles");
        yield return new TestCaseData(40, 10, 0, 9, Recent(40, 40), BreakageGuard.MissingDates).SetName("Dates suddenly missing: missing-dates");
        yield return new TestCaseData(40, 2, 2, 2, Recent(40, 40), null).SetName("Two undated documents: too few to judge");
        yield return new TestCaseData(40, 10, 0, 10, new[] { Run(40, 10, 0, 9) }, null).SetName("A source that never has dates: no guard");
        yield return new TestCaseData(40, 5, 5, 0, Recent(), BreakageGuard.MissingTitles).SetName("First run, every title empty: missing-titles");
    }

    [TestCaseSource(nameof(Cases))]
    public void Evaluate_Table_FiresExpectedGuard(int discovered, int analysed, int noTitle, int noDate, SourceRun[] recent, string? expected)
    {
        var verdicts = BreakageGuard.Evaluate(Run(discovered, analysed, noTitle, noDate), recent);
        var fired = verdicts.Where(v => !v.Passed).Select(v => v.Guard).ToList();
        Assert.That(fired, expected is null ? Is.Empty : Is.EqualTo(new[] { expected }), string.Join("; ", verdicts.Select(v => v.Message)));
    }

    [Test]
    public void Evaluate_NoDocumentsAfterRecentRuns_MessageSaysWhatChanged()
    {
        var verdict = BreakageGuard.Evaluate(Run(0, 0, 0, 0), Recent(40, 38, 42)).Single(v => !v.Passed);
        Assert.That(verdict.Message, Is.EqualTo("0 documents discovered, recent runs found 40"));
    }

    [Test]
    public void Headline_BrokenSource_NamesSourceAndChange()
    {
        var run = Run(0, 0, 0, 0) with { Name = "napo" };
        run = run with { Guards = BreakageGuard.Evaluate(run, Recent(40)) };
        Assert.That(RunHeadline.For(RunStatus.Failed, [run], "runs/x.json"), Is.EqualTo("nightly: FAILED source napo: 0 documents discovered, recent runs found 40"));
    }

    [Test]
    public void Evaluate_RecentRunThatErrored_IsNotABaseline()
    {
        var errored = Run(0, 0, 0, 0) with { Error = "connection refused" };
        var verdicts = BreakageGuard.Evaluate(Run(30, 0, 0, 0), [errored, .. Recent(32, 31)]);
        Assert.That(verdicts.All(v => v.Passed), Is.True);
    }

    internal static SourceRun Run(int discovered, int analysed, int noTitle, int noDate) =>
        new("hmip", 1, discovered, analysed, discovered - analysed, analysed, 0, 0, 0, analysed, noTitle, noDate, [], [], []);

    private static SourceRun[] Recent(params int[] discovered) => discovered.Select(d => Run(d, 10, 0, 0)).ToArray();
}
