using TextMiner.Benchmarks.Search;
using TextMiner.TestSupport;

namespace TextMiner.Benchmarks.Tests.Search;

public sealed class SearchBenchmarkTests
{
    [Test]
    public void Run_SmallCorpus_IndexesEveryParagraphAndReportsEachFigure()
    {
        using var temp = new TempDirectory();
        using var log = new StringWriter();

        var result = SearchBenchmark.Run(temp.Path, paragraphs: 2000, queries: 60, log);

        Assert.Multiple(() =>
        {
            Assert.That(result.Paragraphs, Is.EqualTo(2000));
            Assert.That(result.Documents, Is.EqualTo(100));
            Assert.That(result.Queries, Is.EqualTo(60));
            Assert.That(result.IndexBytes, Is.GreaterThan(0));
            Assert.That(result.TotalHits, Is.GreaterThan(0), "the query mix must hit the generated vocabulary");
            Assert.That(result.P99Milliseconds, Is.GreaterThanOrEqualTo(result.P50Milliseconds));
            Assert.That(log.ToString(), Does.Contain("paragraphs/s").And.Contain("MB/s").And.Contain("Index size")
                .And.Contain("p50").And.Contain("p99").And.Contain("Peak memory"));
        });
    }

    [Test]
    public void Run_SameArguments_GeneratesTheSameCorpusAndHits()
    {
        using var temp = new TempDirectory();

        var first = SearchBenchmark.Run(temp.Path, 400, 24, TextWriter.Null);
        var second = SearchBenchmark.Run(temp.Path, 400, 24, TextWriter.Null);

        Assert.Multiple(() =>
        {
            Assert.That(second.TextBytes, Is.EqualTo(first.TextBytes));
            Assert.That(second.TotalHits, Is.EqualTo(first.TotalHits));
        });
    }

    /// <summary>The full benchmark for the report: dotnet test --filter Name=Run_FullSize_ReportsFigures.</summary>
    [Test]
    [Explicit("Takes a few minutes; run by hand for the figures.")]
    public void Run_FullSize_ReportsFigures()
    {
        using var temp = new TempDirectory();

        var result = SearchBenchmark.Run(temp.Path, 100_000, 1000, TestContext.Out);

        Assert.That(result.Paragraphs, Is.EqualTo(100_000));
    }
}
