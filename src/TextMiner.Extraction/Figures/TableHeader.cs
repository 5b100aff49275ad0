using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// The column headers of a table flattened into one paragraph, read back from the text before its first number:
/// "Region 31 March 2022 31 March 2023 Change East of England" is three columns (two dates, a change) and the first
/// row's label. A column names its kind ("Vacancies (FTE)", "In post", "Target"), or is a date, grade or unit
/// ("2023", "Probation Officers", "Headcount", "FTE") and takes the kind of the table's caption; a change column holds
/// no figure.
/// </summary>
internal static partial class TableHeader
{
    private const int MaxHeaderChars = 600;

    /// <summary>One column name: its kind term (with a note in brackets), a change, a date, a unit or a grade.</summary>
    [GeneratedRegex(
        @"(?<term>\bvacancy\s+rates?|\bvacanc(?:y|ies)|%\s*vacant|\bvacant\s+posts|\bshortfall|\bstaff\s+in\s+post|\bin\s+post|\bheadcount|\btarget|\bestablishment|\brequired|\bbudgeted|\bcase\s?loads?|\bsickness(?:\s+absence)?|\bworkload)\b(?<note>\s*\([^()]{0,60}\))?"
        + @"|(?<change>(?:%\s*|\bnet\s+)?\b(?:change|difference|increase|decrease)\b(?:\s*\([^()]{0,30}\))?)"
        + @"|(?<date>" + TableRow.DatePattern + @")"
        + @"|(?<unit>\b(?:FTE|full[\s-]time\s+equivalents?)\b(?:\s*\(FTE\))?|\btotal\b)"
        + @"|(?<grade>\b(?:(?:band|grade)\s+\d\s+)?(?:senior\s+)?probation\s+(?:services?\s+)?officers?\b(?:\s*\((?:PSOs?|POs?|SPOs?)\))?|\b(?:PSOs?|POs|SPOs?)\b|\b(?:band|grade)\s+\d\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Column();

    [GeneratedRegex(@"^[\s\d).\]:,;*-]*(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LabelLead();

    /// <summary>
    /// The kinds of the last <paramref name="width"/> columns named in <paramref name="head"/>, and where after them the
    /// first row's label starts (-1: the row's own label); null when the head does not name that many columns or none of them holds a figure.
    /// </summary>
    /// <param name="captionKind">The kind the caption before the table named, if any.</param>
    public static (List<string?> Kinds, int LabelStart, bool NamesKinds)? Read(string head, int width, string? captionKind)
    {
        if (head.Length > MaxHeaderChars)
        {
            return null;
        }

        var columns = Columns(head);
        if (columns.Count == 0 && (TableCaption.KindOf(head) ?? captionKind) is { } only)
        {
            // No column names, only a caption or question: every cell is of its kind, each row keeps its own label.
            return (Enumerable.Repeat<string?>(only, width).ToList(), -1, false);
        }

        if (columns.Count < width || width == 0)
        {
            return null;
        }

        var used = columns[^width..];
        if (columns.Count > width && head.AsSpan(columns[^1].Index + columns[^1].Length).IsWhiteSpace())
        {
            // "Grade 2022 2023 Band 4 Probation Officer": the last name is the first row's label, not a column.
            used = columns[^(width + 1)..^1];
        }

        var lead = head[..used[0].Index];
        var kindOfTable = TableCaption.KindOf(lead) ?? captionKind
            ?? (used.Any(c => c.Groups["unit"].Success && !c.Value.Equals("total", StringComparison.OrdinalIgnoreCase)) ? FigureKinds.StaffInPost : null);
        var kinds = used.Select(c => KindOf(c, kindOfTable)).ToList();
        if (kinds.All(k => k is null))
        {
            return null;
        }

        var end = used[^1].Index + used[^1].Length;
        var labelLead = LabelLead().Match(head, end);
        var labelStart = labelLead.Success ? labelLead.Index + labelLead.Length : end;
        return (kinds, labelStart, used.Any(c => c.Groups["term"].Success));
    }

    /// <summary>The column names in <paramref name="head"/>, a grade followed by the term it qualifies ("PSO vacancies") as one.</summary>
    private static List<Match> Columns(string head)
    {
        var columns = new List<Match>();
        foreach (Match column in Column().Matches(head))
        {
            if (columns.Count > 0 && columns[^1].Groups["grade"].Success && column.Groups["term"].Success
                && head.AsSpan(columns[^1].Index + columns[^1].Length, column.Index - columns[^1].Index - columns[^1].Length).IsWhiteSpace())
            {
                columns[^1] = column;
                continue;
            }

            columns.Add(column);
        }

        return columns;
    }

    private static string? KindOf(Match column, string? tableKind)
    {
        if (column.Groups["change"].Success)
        {
            return null;
        }

        if (!column.Groups["term"].Success)
        {
            return tableKind;
        }

        var term = column.Groups["term"].Value;
        var note = column.Groups["note"].Value;
        var kind = term.StartsWith('%') ? FigureKinds.VacancyRate : FigureTable.KindOf(term);
        if (kind == FigureKinds.Vacancies && note.Contains('%', StringComparison.Ordinal))
        {
            return FigureKinds.VacancyRate;
        }

        // Days lost per person are not a sickness figure; the column is kept so the others stay in place.
        return kind == FigureKinds.SicknessAbsence && note.Contains("day", StringComparison.OrdinalIgnoreCase) ? null : kind;
    }
}
