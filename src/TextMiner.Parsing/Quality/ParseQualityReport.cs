using System.Globalization;
using System.Text;

namespace TextMiner.Parsing.Quality;

/// <summary>The parse-quality figures over a fixtures directory; <see cref="ToString"/> is the table the CLI prints.</summary>
public sealed record ParseQualityReport(IReadOnlyList<FixtureQuality> Fixtures)
{
    /// <summary>The word recall every PDF fixture must reach.</summary>
    public const double MinWordRecall = 0.99;

    private IEnumerable<FixtureQuality> Content => Fixtures.Where(f => !f.ExpectedFailure);

    private IEnumerable<FixtureQuality> Pdfs => Content.Where(f => f.Format == "pdf");

    public double MinPdfWordRecall => Pdfs.Select(f => f.WordRecall).DefaultIfEmpty(0).Min();

    public double MinWordRecallAll => Content.Select(f => f.WordRecall).DefaultIfEmpty(0).Min();

    public bool AllOrderCorrect => Content.All(f => f.OrderCorrect);

    public int TotalLeaks => Content.Sum(f => f.HeaderFooterLeaks);

    public bool AllPassed => Fixtures.All(f => f.Passed);

    public bool MeetsThresholds => Pdfs.Any() && MinPdfWordRecall >= MinWordRecall && AllOrderCorrect && TotalLeaks == 0;

    public double PdfPagesPerSecond
    {
        get
        {
            var ms = Pdfs.Sum(f => f.ElapsedMilliseconds);
            return ms <= 0 ? 0 : Pdfs.Sum(f => f.Pages) / (ms / 1000.0);
        }
    }

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("fixture                               format  result  recall  order  leaks  title  date  kind  paras(exp/got)  pages      ms");
        foreach (var f in Fixtures)
        {
            var result = f.Passed ? "ok" : "FAIL";
            table.AppendLine(string.Format(
                c,
                "{0,-37} {1,-7} {2,-7} {3,6:0.000}  {4,-5}  {5,5}  {6,-5}  {7,-4}  {8,-4}  {9,14}  {10,5}  {11,6:0}",
                Truncate(f.Fixture, 37),
                f.Format,
                f.ExpectedFailure ? (f.Passed ? "failed" : "FAIL") : result,
                f.WordRecall,
                f.ExpectedFailure ? "-" : YesNo(f.OrderCorrect),
                f.HeaderFooterLeaks,
                YesNo(f.TitleMatches),
                YesNo(f.PublishedMatches),
                YesNo(f.KindMatches),
                $"{f.ExpectedParagraphs}/{f.ActualParagraphs}",
                f.Pages,
                f.ElapsedMilliseconds));
        }

        table.AppendLine(string.Format(c, "PDF word recall (min): {0:0.0000} (threshold {1:0.00})", MinPdfWordRecall, MinWordRecall));
        table.AppendLine(string.Format(c, "word recall, all formats (min): {0:0.0000}", MinWordRecallAll));
        table.AppendLine("reading order: " + (AllOrderCorrect ? "correct in every fixture" : "WRONG in " + string.Join(", ", Content.Where(f => !f.OrderCorrect).Select(f => f.Fixture))));
        table.AppendLine(string.Format(c, "header/footer/furniture leaks: {0}", TotalLeaks));
        table.AppendLine(string.Format(c, "PDF throughput: {0:0.0} pages/s", PdfPagesPerSecond));
        table.Append("verdict: " + (MeetsThresholds && AllPassed ? "PASS" : "FAIL"));
        return table.ToString();
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
