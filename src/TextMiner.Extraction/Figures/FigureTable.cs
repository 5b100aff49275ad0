using System.Globalization;
using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// Staffing tables ("Grade | Target | In post" then "Probation officers | 58 | 42.3"): one figure per number cell, of
/// the kind its column header names, else the kind its row label names. Rows come one per paragraph (HTML and PDF
/// tables) or joined into one paragraph (plain text), and a header is remembered for the rows that follow it.
/// </summary>
internal sealed partial class FigureTable
{
    private const int MaxLabelWords = 8;

    private const double MaxCaseload = 500;

    private readonly CaptionedTable _caption;

    private IReadOnlyList<string>? _header;

    /// <param name="caption">The caption read so far: the kind of a table whose headers are dates or grades.</param>
    public FigureTable(CaptionedTable caption) => _caption = caption;

    [GeneratedRegex(@"^\s*(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<pct>%)?\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();

    private static readonly (Regex Pattern, string Kind)[] Vocabulary =
    [
        (new(@"\bvacancy\s+rate|%\s*vacant|vacancies\s*\(%\)|vacancy\s*%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.VacancyRate),
        (new(@"\bvacanc|\bvacant\b|\bunfilled\b|\bshortfall\b|\bgap\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.Vacancies),
        (new(@"\btarget\b|\bestablishment\b|\brequire|\bbudgeted\b|\bfunded\b|\bcomplement\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.StaffRequired),
        (new(@"\bin\s+post\b|\bactual\b|\bfilled\b|\bheadcount\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.StaffInPost),
        (new(@"\b(?:supervised|under\s+(?:probation\s+)?supervision|on\s+probation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.PeopleSupervised),
        (new(@"\bcase\s?loads?\b|\bcases\s+per\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.Caseload),
        (new(@"\bWMT\b|\bworkload\b|\bcapacity\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.Workload),
        (new(@"\bsickness\b|\babsence\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.SicknessAbsence),

        // A unit column ("Headcount | FTE") of a staffing table counts staff in post.
        (new(@"\bFTE\b|\bfull[\s-]time\s+equivalents?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), FigureKinds.StaffInPost),
    ];

    /// <summary>Reads <paramref name="paragraph"/> as table rows if it is one; false leaves it to the prose rules.</summary>
    public bool TryRead(Paragraph paragraph, List<Figure> figures)
    {
        var text = paragraph.Text;
        if (!text.Contains('|', StringComparison.Ordinal) || text.Contains('£', StringComparison.Ordinal))
        {
            _header = null;
            return false;
        }

        var cells = Cells(text);
        var leading = cells.TakeWhile(c => !NumberCell().IsMatch(c.Text) || IsDate(c.Text)).ToList();
        if (leading.Count < cells.Count && leading.Count >= 3)
        {
            // The last leading cell is the first row's label: "Grade | Target | In post Probation officers | 58 | 42.3".
            leading.RemoveAt(leading.Count - 1);
        }

        var captionKind = _caption.Kind;
        IReadOnlyList<string>? header = leading.Count >= 2 && leading.All(c => IsLabel(c.Text))
            && (leading.Skip(1).Any(c => KindOf(c.Text) is not null) || captionKind is not null)
            ? leading.Select(c => c.Text).ToList()
            : null;
        var width = header?.Count ?? _header?.Count ?? 0;
        var body = header is null ? cells : cells.Skip(header.Count).ToList();
        if (header is not null && body.Count == 0)
        {
            _header = header;
            return true;
        }

        header ??= _header;
        if (width < 2 || body.Count == 0 || body.Count % width != 0)
        {
            _header = null;
            return false;
        }

        var found = new List<Figure>();
        for (var row = 0; row < body.Count; row += width)
        {
            var label = body[row].Text;
            if ((!IsLabel(label) || NumberCell().IsMatch(label)) && !IsDate(label))
            {
                _header = null;
                return false;
            }

            if (TableRow.IsOtherService(label))
            {
                continue;
            }

            for (var column = 1; column < width; column++)
            {
                var cell = body[row + column];
                var number = NumberCell().Match(cell.Text);
                if (!number.Success || number.Groups["rest"].Length > 0)
                {
                    continue;
                }

                var isPercent = number.Groups["pct"].Success;
                var kind = (header is null ? null : KindOf(header[column])) ?? KindOf(label)
                    ?? (header is null || captionKind is null || (isPercent && captionKind is not (FigureKinds.VacancyRate or FigureKinds.Workload or FigureKinds.SicknessAbsence)) ? null : captionKind);
                if (kind is null)
                {
                    continue;
                }

                var value = double.Parse(number.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                kind = PerOfficerOrTotal(kind, value);
                var start = cell.Start + number.Groups["n"].Index;
                var subject = KindOf(label) is null ? label : null;
                found.Add(new Figure(kind, value, subject, RowText(text, body, row, width), new Evidence(paragraph.Index, start, start + number.Groups["n"].Length))
                {
                    Rule = FigureRules.TableCell.Id,
                    Confidence = FigureRules.TableCell.Confidence,
                });
            }
        }

        _header = header;
        figures.AddRange(found);
        return true;
    }

    [GeneratedRegex(@"^:?-{3,}:?$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"(?<=\s)[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    /// <summary>The evidence of a table figure: its own row, not the whole table.</summary>
    private static string RowText(string text, List<(string Text, int Start)> body, int row, int width)
    {
        var last = body[row + width - 1];
        return text[body[row].Start..Math.Min(text.Length, last.Start + last.Text.Length)];
    }

    /// <summary>Columns of people moving (leavers, joiners, recruits): counts of these kinds are not staffing levels.</summary>
    [GeneratedRegex(@"\b(?:leavers?|leaving|joiners?|starters?|attrition|turnover|resignations?|recruits?|intakes?|trainees?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Movement();

    /// <summary>A "caseload" in the thousands is the number of people a service supervises, not cases per officer.</summary>
    public static string PerOfficerOrTotal(string kind, double value) =>
        kind == FigureKinds.Caseload && value > MaxCaseload ? FigureKinds.PeopleSupervised : kind;

    public static string? KindOf(string text)
    {
        if (Movement().IsMatch(text))
        {
            return null;
        }

        foreach (var (pattern, kind) in Vocabulary)
        {
            if (pattern.IsMatch(text))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>A column header that is a date ("31 March 2023", "2022/23"), not a number cell.</summary>
    private static bool IsDate(string text) => TableRow.DateColumns(text) == 1 && TableRow.Read(text) is null && !text.Contains(',', StringComparison.Ordinal);

    private static bool IsLabel(string text) =>
        text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords && !text.EndsWith('.');

    /// <summary>
    /// The cells, with rows that plain text joined into one line split apart again: "42.3 Probation services
    /// officers" is a number cell then a label cell, and "In post Probation officers" a header then a label.
    /// </summary>
    private static List<(string Text, int Start)> Cells(string text)
    {
        var cells = new List<(string Text, int Start)>();
        var offset = 0;
        foreach (var raw in text.Split('|'))
        {
            var start = offset + (raw.Length - raw.TrimStart().Length);
            offset += raw.Length + 1;
            var cell = raw.Trim();
            var number = NumberCell().Match(cell);
            if (number.Success && number.Groups["rest"].Length > 0 && char.IsLetter(number.Groups["rest"].Value[0]) && !IsDate(cell))
            {
                var numberEnd = number.Groups["rest"].Index;
                cells.Add((cell[..numberEnd].Trim(), start));
                cells.Add((number.Groups["rest"].Value.Trim(), start + numberEnd));
                continue;
            }

            cells.Add((cell, start));
        }

        // "| Region | FTE | | --- | --- | | Northshire | 41 |": a Markdown table joined into one line leaves empty cells
        // between its rows and a row of dashes under its header; neither is a column.
        if (cells.Any(c => MarkdownRule().IsMatch(c.Text)))
        {
            cells.RemoveAll(c => c.Text.Length == 0 || MarkdownRule().IsMatch(c.Text));
        }

        // "| Region | 2022 |": the empty cells outside the outer pipes are not columns.
        if (cells.Count > 1 && cells[^1].Text.Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        if (cells.Count > 1 && cells[0].Text.Length == 0)
        {
            cells.RemoveAt(0);
        }

        return SplitHeaderFromLabel(cells);
    }

    private static List<(string Text, int Start)> SplitHeaderFromLabel(List<(string Text, int Start)> cells)
    {
        var firstNumber = cells.FindIndex(c => NumberCell().IsMatch(c.Text));
        if (firstNumber < 2)
        {
            return cells;
        }

        // "Average WMT London": the header is the shortest start that names a kind, the row label begins at a capital.
        var joined = cells[firstNumber - 1];
        foreach (Match capital in CapitalWord().Matches(joined.Text))
        {
            var head = joined.Text[..capital.Index].TrimEnd();
            if (capital.Index > 0 && KindOf(head) is not null)
            {
                cells[firstNumber - 1] = (head, joined.Start);
                cells.Insert(firstNumber, (joined.Text[capital.Index..], joined.Start + capital.Index));
                break;
            }
        }

        return cells;
    }
}
