using TextMiner.Evaluation.Parsing;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TextMiner.Parsing.Tests.Pdf;

/// <summary>
/// Lays out an inspection-report-style PDF with PdfPig's writer (standard 14 fonts): cover, single- or two-column
/// flow, tables, running header and "Page n of m" footer. Records the paragraphs it writes, so the expected text is
/// known exactly. A soft hyphen (U+00AD) in a word forces a hyphenated line break there.
/// </summary>
internal sealed class ReportPdfWriter
{
    private const double Width = 595;
    private const double Height = 842;
    private const double Margin = 56;
    private const double Gutter = 24;
    private const double FlowTop = 770;
    private const double FlowBottom = 72;
    private const double BodySize = 10;
    private const double Leading = 13;
    private const double ParagraphGap = 8;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly List<PdfPageBuilder> _pages = [];
    private readonly List<ExpectedParagraph> _expected = [];
    private readonly string _runningHeader;
    private PdfPageBuilder _page = null!;
    private string? _heading;
    private double _y;
    private int _column;
    private bool _twoColumns;

    private readonly bool _headerPageNumbers;

    public ReportPdfWriter(string runningHeader, string? metadataTitle, bool headerPageNumbers = false)
    {
        _runningHeader = runningHeader;
        _headerPageNumbers = headerPageNumbers;
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        if (metadataTitle is not null)
        {
            _builder.DocumentInformation.Title = metadataTitle;
        }
    }

    public IReadOnlyList<ExpectedParagraph> Expected => _expected;

    /// <summary>Paragraphs that run on from one column or page into the next (the continuation the parser must mend).</summary>
    public int ParagraphsAcrossColumns { get; private set; }

    public IReadOnlyList<string> FooterTexts => [.. Enumerable.Range(2, _pages.Count - 1).Select(n => $"Page {n} of {_pages.Count}")];

    /// <summary>A cover page: each line (text, size, bold) is its own paragraph, centred vertically in the top half.</summary>
    public void Cover(params (string Text, double Size, bool Bold)[] lines)
    {
        NewPage(twoColumns: false, runningLines: false);
        _y = 640;
        foreach (var (text, size, bold) in lines)
        {
            foreach (var line in Wrap(text, size, bold ? _bold : _regular, Width - (2 * Margin)))
            {
                _page.AddText(line, size, new PdfPoint(Margin, _y), bold ? _bold : _regular);
                _y -= size * 1.25;
            }

            var isHeading = size >= BodySize * 1.15 || bold;
            _heading = isHeading ? text : _heading;
            _expected.Add(new ExpectedParagraph(Clean(text), 1, _heading));
            _y -= size;
        }
    }

    public void StartSection(bool twoColumns)
    {
        NewPage(twoColumns, runningLines: true);
    }

    public void Heading(string text)
    {
        EnsureSpace(14 + 10 + (Leading * 3));
        _y -= 6;
        _page.AddText(text, 14, new PdfPoint(ColumnLeft, _y), _bold);
        _y -= 22;
        _heading = text;
        _expected.Add(new ExpectedParagraph(text, _pages.Count, text));
    }

    public void Paragraph(string text)
    {
        EnsureSpace(Leading * 2);
        var page = _pages.Count;
        var (startPage, startColumn) = (_pages.Count, _column);
        foreach (var line in Wrap(text, BodySize, _regular, ColumnWidth))
        {
            EnsureSpace(Leading);
            DrawWithFootnoteMarks(line);
            _y -= Leading;
        }

        _y -= ParagraphGap;
        ParagraphsAcrossColumns += (startPage, startColumn) == (_pages.Count, _column) ? 0 : 1;
        _expected.Add(new ExpectedParagraph(Clean(text), page, _heading));
    }

    /// <summary>A standfirst: a lead paragraph in a larger (12pt) regular face, a few lines long, ending with a full stop.</summary>
    public void Standfirst(string text)
    {
        const double size = 12;
        EnsureSpace(size * 1.25 * 2);
        var page = _pages.Count;
        foreach (var line in Wrap(text, size, _regular, ColumnWidth))
        {
            EnsureSpace(size * 1.25);
            _page.AddText(line, size, new PdfPoint(ColumnLeft, _y), _regular);
            _y -= size * 1.25;
        }

        _y -= ParagraphGap;
        _expected.Add(new ExpectedParagraph(text, page, _heading));
    }

    /// <summary>A body paragraph whose whole first line is set in bold (a run-in lead), the rest in the regular face.</summary>
    public void RunInParagraph(string text)
    {
        EnsureSpace(Leading * 2);
        var page = _pages.Count;
        var lines = Wrap(text, BodySize, _bold, ColumnWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(Leading);
            _page.AddText(lines[i], BodySize, new PdfPoint(ColumnLeft, _y), i == 0 ? _bold : _regular);
            _y -= Leading;
        }

        _y -= ParagraphGap;
        _expected.Add(new ExpectedParagraph(text, page, _heading));
    }

    /// <summary>A table: cells at the given x offsets from the column's left edge, one row per entry.</summary>
    public void Table(double[] cellOffsets, params string[][] rows)
    {
        EnsureSpace(rows.Length * 20);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                _page.AddText(row[i], BodySize, new PdfPoint(ColumnLeft + cellOffsets[i], _y), i == 0 ? _regular : _bold);
            }

            _page.DrawLine(new PdfPoint(ColumnLeft, _y - 6), new PdfPoint(ColumnLeft + ColumnWidth, _y - 6), 0.5);
            _y -= 20;
            _expected.Add(new ExpectedParagraph(string.Join(" | ", row), _pages.Count, _heading));
        }

        _y -= ParagraphGap;
    }

    public byte[] Build()
    {
        for (var i = 1; i < _pages.Count; i++)
        {
            var footer = $"Page {i + 1} of {_pages.Count}";
            var width = Measure(footer, 8, _regular);
            _pages[i].AddText(footer, 8, new PdfPoint((Width - width) / 2, 30), _regular);
        }

        return WithFixedId(_builder.Build());
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

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf.AsSpan(0, at)));
        var start = at + marker.Length;
        for (var i = 0; i < 32; i++)
        {
            pdf[start + i] = (byte)hash[i];
            pdf[start + 34 + i] = (byte)hash[32 + i];
        }

        return pdf;
    }

    private double ColumnWidth => _twoColumns ? (Width - (2 * Margin) - Gutter) / 2 : Width - (2 * Margin);

    private double ColumnLeft => Margin + (_column * (ColumnWidth + Gutter));

    private void NewPage(bool twoColumns, bool runningLines)
    {
        _page = _builder.AddPage(PageSize.A4);
        _pages.Add(_page);
        _twoColumns = twoColumns;
        _column = 0;
        _y = FlowTop;
        if (runningLines)
        {
            _page.AddText(_runningHeader, 8, new PdfPoint(Margin, 806), _regular);
            if (_headerPageNumbers)
            {
                var number = _pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _page.AddText(number, 8, new PdfPoint(Width - Margin - Measure(number, 8, _regular), 806), _regular);
            }

            _page.DrawLine(new PdfPoint(Margin, 800), new PdfPoint(Width - Margin, 800), 0.5);
        }
    }

    private void EnsureSpace(double needed)
    {
        if (_y - needed >= FlowBottom)
        {
            return;
        }

        if (_twoColumns && _column == 0)
        {
            _column = 1;
            _y = FlowTop;
            return;
        }

        NewPage(_twoColumns, runningLines: true);
    }

    /// <summary>Greedy line wrapping; a word with a soft hyphen is always broken there ("inspec-" / "tion").</summary>
    private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Contains('\u00AD'))
            {
                var parts = word.Split('\u00AD');
                var head = parts[0] + "-";
                var candidate = current.Length == 0 ? head : current + " " + head;
                if (Measure(candidate, size, font) > width)
                {
                    lines.Add(current);
                    candidate = head;
                }

                lines.Add(candidate);
                current = string.Concat(parts[1..]);
                continue;
            }

            var next = current.Length == 0 ? word : current + " " + word;
            if (Measure(next, size, font) > width && current.Length > 0)
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

    /// <summary>Draws a line in which "^1" is a footnote mark: a small digit raised above the baseline.</summary>
    private void DrawWithFootnoteMarks(string line)
    {
        var x = ColumnLeft;
        foreach (var part in System.Text.RegularExpressions.Regex.Split(line, @"(\^\d+)"))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var mark = part.StartsWith('^');
            var text = mark ? part[1..] : part;
            var size = mark ? 6 : BodySize;
            _page.AddText(text, size, new PdfPoint(x, mark ? _y + 4 : _y), _regular);
            x += Measure(text, size, _regular);
        }
    }

    private static string Clean(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("\u00AD", "", StringComparison.Ordinal), @"\^\d+", "");
}
