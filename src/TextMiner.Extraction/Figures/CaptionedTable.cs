using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// A table whose caption, question or introduction names the one kind of all its cells, with rows one per paragraph
/// under a header of dates or grades: "Probation officers (FTE) in post by region", "Region 2022 2023",
/// "Northshire 412 398", "Southmoor 377 391". A row is read only when a second row of the same width confirms the table.
/// </summary>
internal sealed class CaptionedTable
{
    /// <summary>Paragraphs of prose after which a caption no longer introduces what follows.</summary>
    private const int MaxCaptionDistance = 3;

    /// <summary>Paragraphs this short (a byline, "Answered by", a date) do not count towards that distance.</summary>
    private const int MaxFurnitureWords = 8;

    private int _age;
    private int _width;
    private (Paragraph Paragraph, TableRow Row)? _pending;
    private bool _inTable;

    /// <summary>The kind the last caption named, while it is near enough to introduce a table.</summary>
    public string? Kind { get; private set; }

    /// <summary>Notes what a paragraph that is not a row says: a new caption, or one more paragraph since the last.</summary>
    public void Read(string text)
    {
        _pending = null;
        _inTable = false;
        if (TableCaption.KindOf(text) is { } kind)
        {
            Kind = kind;
            _age = 0;
            _width = 0;
            return;
        }

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
    }

    public void Forget()
    {
        Kind = null;
        _width = 0;
        _pending = null;
        _inTable = false;
    }

    /// <summary>Reads <paramref name="paragraph"/> as a row of the captioned table; false when it is not one.</summary>
    public bool TryRow(Paragraph paragraph, List<Figure> figures)
    {
        if (Kind is not { } kind || TableRow.Read(paragraph.Text) is not { } row || (_width > 0 && row.Cells.Count != _width))
        {
            return false;
        }

        if (_inTable)
        {
            Emit(paragraph, row, kind, figures);
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

        foreach (var cell in row.Cells)
        {
            if (cell.Value is not { } value)
            {
                continue;
            }

            var cellKind = cell.IsPercent ? RateOf(kind) : kind;
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
