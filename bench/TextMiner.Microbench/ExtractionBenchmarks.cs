using BenchmarkDotNet.Attributes;
using TextMiner.Core.Records;
using TextMiner.Extraction;
using TextMiner.Parsing;

namespace TextMiner.Microbench;

/// <summary>Extract: ratings, figures and quotes of one parsed inspection page.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly FindingsExtractor _extractor = new();
    private Document _document = null!;

    [GlobalSetup]
    public void Setup() => _document = new DocumentParser().Parse(Samples.HtmlPage()).Value!;

    [Benchmark]
    public Findings ExtractionPerDocument() => _extractor.Extract(_document);
}
