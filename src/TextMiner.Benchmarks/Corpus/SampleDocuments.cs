namespace TextMiner.Benchmarks.Corpus;

/// <summary>Single documents of the benchmark corpus, rendered in memory, for inner-loop benchmarks.</summary>
public static class SampleDocuments
{
    public static string Html(int seed, int number) => HtmlLayout.Render(ReportComposer.Compose(seed, number, Register.Inspection, 20));

    public static string Text(int seed, int number) => TextLayout.Render(ReportComposer.Compose(seed, number, Register.PressRelease, 10));

    public static byte[] Pdf(int seed, int number) => PdfLayout.Render(ReportComposer.Compose(seed, number, Register.Inspection, 10)).Bytes;
}
