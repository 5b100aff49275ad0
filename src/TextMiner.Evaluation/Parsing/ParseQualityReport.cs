using System.Globalization;
using System.Text;

namespace TextMiner.Evaluation.Parsing;

/// <summary>The parse-quality figures over a fixtures directory; <see cref="ToString"/> is the table the CLI prints.</summary>
public sealed record ParseQualityReport(IReadOnlyList<FixtureQuality> Fixtures)
{
    /// <summary>The word recall every fixture must reach.</summary>
    public const double MinWordRecall = 0.99;

    /// <summary>The word precision HTML must reach: text kept from sidebars, teasers or banners lowers it.</summary>
    public const double MinHtmlWordPrecision = 0.99;

    /// <summary>The word precision PDFs must reach: repeated headings or running lines lower it.</summary>
    public const double MinPdfWordPrecision = 0.97;

    /// <summary>The share of PDF paragraphs that must be found in reading order.</summary>
    public const double MinPdfOrder = 0.99;

    private IEnumerable<FixtureQuality> Content => Fixtures.Where(f => !f.ExpectedFailure);

    private IEnumerable<FixtureQuality> Pdfs => Content.Where(f => f.Format == "pdf");

    private IEnumerable<FixtureQuality> Htmls => Content.Where(f => f.Format == "html");

    public static double MinPrecision(string format) => format == "pdf" ? MinPdfWordPrecision : MinHtmlWordPrecision;

    public double MinPdfWordRecall => Pdfs.Select(f => f.WordRecall).DefaultIfEmpty(0).Min();

    public double MinWordRecallAll => Content.Select(f => f.WordRecall).DefaultIfEmpty(0).Min();

    /// <summary>Word recall over all HTML fixtures' words pooled.</summary>
    public double HtmlWordRecall => Recall(Htmls);

    /// <summary>Word precision over all HTML fixtures' words pooled.</summary>
    public double HtmlWordPrecision => Precision(Htmls);

    public double PdfWordPrecision => Precision(Pdfs);

    /// <summary>Share of PDF paragraphs found in reading order, over all PDF fixtures.</summary>
    public double PdfOrder => Order(Pdfs);

    public bool AllOrderCorrect => Content.All(f => f.OrderCorrect);

    public int TotalLeaks => Content.Sum(f => f.HeaderFooterLeaks);

    public bool AllPassed => Fixtures.All(f => f.Passed);

    public bool MeetsThresholds =>
        Pdfs.Any() && MinPdfWordRecall >= MinWordRecall && PdfWordPrecision >= MinPdfWordPrecision && PdfOrder >= MinPdfOrder
        && (!Htmls.Any() || (HtmlWordRecall >= MinWordRecall && HtmlWordPrecision >= MinHtmlWordPrecision))
        && AllOrderCorrect && TotalLeaks == 0;

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
        table.AppendLine("fixture                               format  result  recall  prec.  order  leaks  title  date  kind  paras(exp/got)  pages      ms");
        foreach (var f in Fixtures)
        {
            var result = f.Passed ? "ok" : "FAIL";
            table.AppendLine(string.Format(
                c,
                "{0,-37} {1,-7} {2,-7} {3,6:0.000}  {4,5:0.000}  {5,-5}  {6,5}  {7,-5}  {8,-4}  {9,-4}  {10,14}  {11,5}  {12,6:0}",
                Truncate(f.Fixture, 37),
                f.Format,
                f.ExpectedFailure ? (f.Passed ? "failed" : "FAIL") : result,
                f.WordRecall,
                f.WordPrecision,
                f.ExpectedFailure ? "-" : YesNo(f.OrderCorrect),
                f.HeaderFooterLeaks,
                YesNo(f.TitleMatches),
                YesNo(f.PublishedMatches),
                YesNo(f.KindMatches),
                $"{f.ExpectedParagraphs}/{f.ActualParagraphs}",
                f.Pages,
                f.ElapsedMilliseconds));
        }

        table.AppendLine();
        table.AppendLine("template group         fixtures  recall  precision  order  (words pooled per group)");
        foreach (var group in Content.GroupBy(f => f.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AppendLine(string.Format(
                c, "{0,-22} {1,8}  {2,6:0.000}  {3,9:0.000}  {4,5:0.000}", Truncate(group.Key, 22), group.Count(), Recall(group), Precision(group), Order(group)));
        }

        table.AppendLine();
        table.AppendLine(string.Format(c, "HTML word recall: {0:0.0000}, precision: {1:0.0000} (thresholds {2:0.00} each)", HtmlWordRecall, HtmlWordPrecision, MinHtmlWordPrecision));
        table.AppendLine(string.Format(c, "PDF word recall (min): {0:0.0000} (threshold {1:0.00}), precision: {2:0.0000} (threshold {3:0.00}), order: {4:0.0000} (threshold {5:0.00})", MinPdfWordRecall, MinWordRecall, PdfWordPrecision, MinPdfWordPrecision, PdfOrder, MinPdfOrder));
        table.AppendLine(string.Format(c, "word recall, all formats (min): {0:0.0000}", MinWordRecallAll));
        table.AppendLine("reading order: " + (AllOrderCorrect ? "correct in every fixture" : "WRONG in " + string.Join(", ", Content.Where(f => !f.OrderCorrect).Select(f => f.Fixture))));
        table.AppendLine(string.Format(c, "header/footer/furniture leaks: {0}", TotalLeaks));
        table.AppendLine(string.Format(c, "PDF throughput: {0:0.0} pages/s", PdfPagesPerSecond));
        table.Append("verdict: " + (MeetsThresholds && AllPassed ? "PASS" : "FAIL"));
        return table.ToString();
    }

    private static double Recall(IEnumerable<FixtureQuality> fixtures)
    {
        var expected = fixtures.Sum(f => f.ExpectedWords);
        return expected == 0 ? 0 : (double)fixtures.Sum(f => f.MatchedWords) / expected;
    }

    private static double Precision(IEnumerable<FixtureQuality> fixtures)
    {
        var parsed = fixtures.Sum(f => f.ParsedWords);
        return parsed == 0 ? 0 : (double)fixtures.Sum(f => f.MatchedWords) / parsed;
    }

    private static double Order(IEnumerable<FixtureQuality> fixtures)
    {
        var paragraphs = fixtures.Sum(f => f.ExpectedParagraphs);
        return paragraphs == 0 ? 0 : fixtures.Sum(f => f.OrderScore * f.ExpectedParagraphs) / paragraphs;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
