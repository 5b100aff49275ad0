using TextMiner.Benchmarks.Export;
using TextMiner.TestSupport;

namespace TextMiner.Benchmarks.Tests.Export;

public sealed class ExportBenchmarkTests
{
    [Test]
    public async Task Run_SmallCorpus_ExportsEveryGeneratedRow()
    {
        using var temp = new TempDirectory();
        var output = new StringWriter();

        var results = await ExportBenchmark.RunAsync(temp.Combine("bench"), 250, output, TimeProvider.System, CancellationToken.None);

        Assert.That(results.Select(r => r.Rows).ToArray(), Is.EqualTo(new long[] { 250, 250, results[2].Rows, 63, 63 }));
        Assert.That(results[2].Rows, Is.InRange(63, 126), "the quoted paragraphs, perhaps with the caseload ones");
        Assert.That(output.ToString(), Does.StartWith("machine: ").And.Contain("rows/s"));
    }

    /// <summary>The figure for the report: 100,000 paragraphs. Run with --filter Name=Run_BenchmarkCorpus_PrintsThroughput.</summary>
    [Test]
    [Explicit("benchmark: minutes on a loaded machine")]
    public async Task Run_BenchmarkCorpus_PrintsThroughput()
    {
        using var temp = new TempDirectory();
        var results = await ExportBenchmark.RunAsync(
            temp.Combine("bench"), ExportBenchmark.DefaultParagraphs, TestContext.Out, TimeProvider.System, CancellationToken.None);

        Assert.That(results[0].Rows, Is.EqualTo(ExportBenchmark.DefaultParagraphs));
    }
}
