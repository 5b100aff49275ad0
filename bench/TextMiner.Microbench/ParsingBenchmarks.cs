using BenchmarkDotNet.Attributes;
using TextMiner.Core.Records;
using TextMiner.Parsing;

namespace TextMiner.Microbench;

/// <summary>Parse: an HTML page to its main content, a PDF report to its paragraphs (reading order, running header removed), a text file.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private readonly DocumentParser _parser = new();
    private RawDocument _html = null!;
    private RawDocument _pdf = null!;
    private RawDocument _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_html, _pdf, _text) = (Samples.HtmlPage(), Samples.PdfReport(), Samples.TextRelease());
    }

    [Benchmark]
    public Document HtmlMainContent() => _parser.Parse(_html).Value!;

    [Benchmark]
    public Document PdfPageText() => _parser.Parse(_pdf).Value!;

    [Benchmark]
    public Document PlainText() => _parser.Parse(_text).Value!;
}
