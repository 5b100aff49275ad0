using System.Globalization;
using System.Security.Cryptography;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// Lays a generated document out as an inspection-report PDF with PdfPig's writer: a cover page, then body pages in
/// two columns under a running header with a rule, and a "Page n of m" footer. Helvetica (standard 14), A4.
/// </summary>
internal sealed class PdfLayout
{
    private const double Width = 595;
    private const double Margin = 56;
    private const double Gutter = 24;
    private const double FlowTop = 770;
    private const double FlowBottom = 72;
    private const double BodySize = 10;
    private const double Leading = 13;
    private const double ColumnWidth = (Width - (2 * Margin) - Gutter) / 2;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly List<PdfPageBuilder> _pages = [];
    private readonly string _runningHeader;
    private PdfPageBuilder _page = null!;
    private int _column;
    private double _y;

    private PdfLayout(string runningHeader)
    {
        _runningHeader = runningHeader;
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    /// <summary>The PDF's bytes and its page count.</summary>
    public static (byte[] Bytes, int Pages) Render(GeneratedReport report)
    {
        var layout = new PdfLayout("HM Inspectorate of Probation | " + report.Title);
        layout._builder.DocumentInformation.Title = report.Title;
        layout.Cover(report);
        layout.NewBodyPage();
        foreach (var section in report.Sections)
        {
            if (section.Heading is not null)
            {
                layout.Heading(section.Heading);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                layout.Paragraph(paragraph);
            }
        }

        return (layout.Build(), layout._pages.Count);
    }

    private void Cover(GeneratedReport report)
    {
        _page = _builder.AddPage(PageSize.A4);
        _pages.Add(_page);
        var y = 640.0;
        foreach (var line in Wrap(report.Title, 24, _bold, Width - (2 * Margin)))
        {
            _page.AddText(line, 24, new PdfPoint(Margin, y), _bold);
            y -= 30;
        }

        _page.AddText("An inspection by HM Inspectorate of Probation", 14, new PdfPoint(Margin, y - 20), _regular);
        _page.AddText(report.Published.ToString("MMMM yyyy", CultureInfo.InvariantCulture), 12, new PdfPoint(Margin, y - 44), _regular);
    }

    private void NewBodyPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pages.Add(_page);
        _column = 0;
        _y = FlowTop;
        _page.AddText(_runningHeader, 8, new PdfPoint(Margin, 806), _regular);
        _page.DrawLine(new PdfPoint(Margin, 800), new PdfPoint(Width - Margin, 800), 0.5);
    }

    private double ColumnLeft => Margin + (_column * (ColumnWidth + Gutter));

    private void EnsureSpace(double needed)
    {
        if (_y - needed >= FlowBottom)
        {
            return;
        }

        if (_column == 0)
        {
            _column = 1;
            _y = FlowTop;
            return;
        }

        NewBodyPage();
    }

    private void Heading(string text)
    {
        EnsureSpace(22 + (Leading * 3));
        _y -= 6;
        _page.AddText(text, 13, new PdfPoint(ColumnLeft, _y), _bold);
        _y -= 20;
    }

    private void Paragraph(string text)
    {
        EnsureSpace(Leading * 2);
        foreach (var line in Wrap(text, BodySize, _regular, ColumnWidth))
        {
            EnsureSpace(Leading);
            _page.AddText(line, BodySize, new PdfPoint(ColumnLeft, _y), _regular);
            _y -= Leading;
        }

        _y -= 8;
    }

    private byte[] Build()
    {
        for (var i = 1; i < _pages.Count; i++)
        {
            var footer = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {_pages.Count}");
            _pages[i].AddText(footer, 8, new PdfPoint((Width - Measure(footer, 8, _regular)) / 2, 30), _regular);
        }

        return WithFixedId(_builder.Build());
    }

    private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(next, size, font) > width)
            {
                lines.Add(current);
                next = word;
            }

            current = next;
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>PdfPig writes a random trailer /ID; replace it (same length) with a hash of the content so output is deterministic.</summary>
    private static byte[] WithFixedId(byte[] pdf)
    {
        var marker = "/ID [ <"u8;
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0)
        {
            return pdf;
        }

        var hash = Convert.ToHexString(SHA256.HashData(pdf.AsSpan(0, at)));
        var start = at + marker.Length;
        for (var i = 0; i < 32; i++)
        {
            pdf[start + i] = (byte)hash[i];
            pdf[start + 34 + i] = (byte)hash[32 + i];
        }

        return pdf;
    }
}
