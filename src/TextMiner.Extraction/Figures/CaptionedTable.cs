using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// A table whose caption, question or introduction names the one kind of all its cells, with rows one per paragraph
/// under a header of dates or grades: "Probation officers (FTE) in post by region", "Region 2022 2023",
/// "Northshire 412 398", "Southmoor 377 391". A row is read only when a second row of the same width confirms the table.
/// </summary>
internal sealed partial class CaptionedTable
{
    /// <summary>Paragraphs of prose after which a caption no longer introduces what follows.</summary>
    private const int MaxCaptionDistance = 3;

    /// <summary>Paragraphs this short (a byline, "Answered by", a date) do not count towards that distance.</summary>
    private const int MaxFurnitureWords = 8;

    /// <summary>Rows kept while no caption is known, for a caption written under its table; more are not kept.</summary>
    private const int MaxOrphans = 40;

    /// <summary>A row label that has a paragraph to itself, its number cell in the next ("North East", "412").</summary>
    private const int MaxCellLabelWords = 6;

    private readonly List<(Paragraph Paragraph, TableRow Row)> _orphans = [];
    private int _age;
    private int _width;
    private (Paragraph Paragraph, TableRow Row)? _pending;
    private bool _inTable;

    /// <summary>A header of date columns was read under the caption: its first row needs no second to confirm it.</summary>
    private bool _headed;

    /// <summary>The last paragraph was a short label, which a lone number in the next paragraph completes into a row.</summary>
    private string? _label;

    /// <summary>The rows read so far are label and number one paragraph each: labels between them do not end the table.</summary>
    private bool _cellPerParagraph;

    /// <summary>The kind the last caption named, while it is near enough to introduce a table.</summary>
    public string? Kind { get; private set; }

    /// <summary>Notes what a paragraph that is not a row says: a new caption, or one more paragraph since the last.</summary>
    public void Read(Paragraph paragraph, List<Figure> figures)
    {
        var text = paragraph.Text;
        var kind = TableCaption.KindOf(text);
        _label = null;
        if ((kind is null || kind == Kind) && Kind is not null && IsCellLabel(text))
        {
            // "Region", "North East", "FTE" under a caption of staff in post: a header cell or a row label on its own line.
            _label = text.Trim();
            if (_cellPerParagraph || _pending is null)
            {
                return;
            }
        }

        _pending = null;
        _inTable = false;
        _headed = false;
        _cellPerParagraph = false;
        if (kind is not null)
        {
            if (CaptionUnder().IsMatch(text) && _orphans.Count > 0 && _orphans[^1].Paragraph.Index == paragraph.Index - 1)
            {
                EmitOrphans(kind, figures);
            }

            _orphans.Clear();
            Kind = kind;
            _age = 0;
            _width = 0;
            return;
        }

        _orphans.Clear();

        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxFurnitureWords && ++_age > MaxCaptionDistance)
        {
            Forget();
        }
    }

    /// <summary>A header of <paramref name="count"/> date columns: rows that follow have that many cells.</summary>
    public void Columns(int count)
    {
        _width = count;
        _pending = null;
        _inTable = false;
        _headed = true;
    }

    public void Forget()
    {
        Kind = null;
        _width = 0;
        _pending = null;
        _inTable = false;
        _headed = false;
        _label = null;
        _cellPerParagraph = false;
    }

    /// <summary>
    /// Keeps a row read while no caption named its kind ("North | 120"), in case a caption under the table
    /// ("Table 4: Unfilled probation officer posts by division") names it; any other paragraph drops what was kept.
    /// </summary>
    public void Orphan(Paragraph paragraph, TableRow row)
    {
        if (_orphans.Count > 0 && _orphans[^1].Paragraph.Index != paragraph.Index - 1)
        {
            _orphans.Clear();
        }

        if (_orphans.Count < MaxOrphans)
        {
            _orphans.Add((paragraph, row));
        }
    }

    /// <summary>Rows just above a caption under its table: two or more of one width take the caption's kind.</summary>
    private void EmitOrphans(string kind, List<Figure> figures)
    {
        if (_orphans.Count < 2 || _orphans.Any(o => o.Row.Cells.Count != _orphans[0].Row.Cells.Count))
        {
            return;
        }

        foreach (var (paragraph, row) in _orphans)
        {
            Emit(paragraph, row, kind, figures);
        }
    }

    private static bool IsCellLabel(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and <= 60 && !trimmed.EndsWith('.') && !trimmed.Contains(':', StringComparison.Ordinal)
            && !Digit().IsMatch(trimmed) && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCellLabelWords;
    }

    /// <summary>The row a lone number cell ("1,034") makes with the label paragraph before it ("North West").</summary>
    private TableRow? CellRow(string text)
    {
        if (_label is not { } label || LoneNumber().Match(text) is not { Success: true } number || TableRow.Read($"{label} {number.Value}") is not { } joined
            || joined.Cells.Count != 1)
        {
            return null;
        }

        var cell = joined.Cells[0];
        return joined with { Cells = [cell with { Start = number.Index }] };
    }

    [GeneratedRegex(@"^(?:Table|Figure|Chart|Graph)\s+\d+[a-z]?\s*[:.–—-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionUnder();

    [GeneratedRegex(@"(?<=^\s*)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>Reads <paramref name="paragraph"/> as a row of the captioned table; false when it is not one.</summary>
    public bool TryRow(Paragraph paragraph, List<Figure> figures)
    {
        if (Kind is not { } kind)
        {
            return false;
        }

        var row = TableRow.Read(paragraph.Text);
        var cellPerParagraph = false;
        if (row is null && CellRow(paragraph.Text) is { } cellRow)
        {
            row = cellRow;
            cellPerParagraph = true;
        }

        _label = null;
        if (row is null || (_width > 0 && row.Cells.Count != _width) || (_cellPerParagraph && !cellPerParagraph))
        {
            return false;
        }

        _cellPerParagraph = cellPerParagraph;
        if (_inTable || (_headed && !cellPerParagraph))
        {
            // A header of date columns under the caption already shows a table: its one row is enough.
            Emit(paragraph, row, kind, figures);
            _inTable = true;
            return true;
        }

        if (_pending is { } pending && pending.Row.Cells.Count == row.Cells.Count)
        {
            Emit(pending.Paragraph, pending.Row, kind, figures);
            Emit(paragraph, row, kind, figures);
            _pending = null;
            _inTable = true;
            _width = row.Cells.Count;
            return true;
        }

        _pending = (paragraph, row);
        return true;
    }

    private static void Emit(Paragraph paragraph, TableRow row, string kind, List<Figure> figures)
    {
        if (TableRow.IsOtherService(row.Label))
        {
            return;
        }

        // "Target: 5,900" under the caption "Band 4 probation officers": a row label that names a kind overrides the caption's.
        var rowKind = FigureTable.KindOf(row.Label) ?? kind;
        foreach (var cell in row.Cells)
        {
            if (cell.Value is not { } value)
            {
                continue;
            }

            var cellKind = cell.IsPercent ? RateOf(rowKind) : rowKind;
            if (cellKind is null)
            {
                continue;
            }

            cellKind = FigureTable.PerOfficerOrTotal(cellKind, value);
            figures.Add(new Figure(cellKind, value, row.Label, paragraph.Text, new Evidence(paragraph.Index, cell.Start, cell.Start + cell.Text.Length))
            {
                Rule = FigureRules.CaptionedTable.Id,
                Confidence = FigureRules.CaptionedTable.Confidence,
            });
        }
    }

    /// <summary>The kind of a percentage cell in a column or table of <paramref name="kind"/>: shares of a count are not figures.</summary>
    public static string? RateOf(string kind) => kind switch
    {
        FigureKinds.Vacancies or FigureKinds.VacancyRate => FigureKinds.VacancyRate,
        FigureKinds.Workload or FigureKinds.SicknessAbsence => kind,
        _ => null,
    };
}
