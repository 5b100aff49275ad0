using System.Text;
using TextMiner.Benchmarks.Corpus;
using TextMiner.Core.Records;

namespace TextMiner.Microbench;

/// <summary>Inputs for the inner-loop benchmarks, from the benchmark corpus generator (the same documents `bench corpus` writes).</summary>
public static class Samples
{
    private const int Seed = 15;
    private static readonly DateTimeOffset Fetched = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An inspection page in the GOV.UK template (even numbers) with its boilerplate.</summary>
    public static RawDocument HtmlPage() =>
        Raw("bench/000000.html", Encoding.UTF8.GetBytes(SampleDocuments.Html(Seed, 0)), "text/html");

    /// <summary>A two-column inspection report PDF with running headers.</summary>
    public static RawDocument PdfReport() => Raw("bench/000001.pdf", SampleDocuments.Pdf(Seed, 1), "application/pdf");

    public static RawDocument TextRelease() => Raw("bench/000002.txt", Encoding.UTF8.GetBytes(SampleDocuments.Text(Seed, 2)), "text/plain");

    private static RawDocument Raw(string location, byte[] bytes, string contentType) => new("bench", location, bytes, contentType, Fetched);
}
