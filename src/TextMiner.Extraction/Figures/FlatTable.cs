using System.Globalization;
using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// Tables flattened into text, as parliamentary answers and statistics pages come out of HTML and PDF: a header that
/// names one kind per column ("Area Vacancies (FTE) Vacancies (as % of posts)"), then rows of a label and as many
/// numbers ("Northshire 12.00 4.10"), either all in one paragraph or one row per paragraph under a header paragraph.
/// A table needs two rows of the same width; each number cell is one figure whose subject is its row label.
/// </summary>
internal sealed partial class FlatTable
{
    private const int MaxHeaderWords = 40;
    private const int MaxLabelWords = 8;
    private const int MaxHeaderParagraphWords = 20;
    private const int MaxColumns = 8;

    private readonly CaptionedTable _caption;

    private IReadOnlyList<string?>? _columns;
    private (Paragraph Paragraph, Match Row)? _pending;

    [GeneratedRegex(@"(?<term>\bvacancy\s+rates?|\bvacanc(?:y|ies)|%\s*vacant|\bvacant\s+posts|\bshortfall|\bstaff\s+in\s+post|\bin\s+post|\bheadcount|\btarget|\bestablishment|\brequired|\bbudgeted|\bcase\s?loads?|\bsickness(?:\s+absence)?|\bworkload)\b(?<note>\s*\([^()]{0,60}\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ColumnTerm();

    /// <summary>A row: a label of words (no digits), then numbers, nothing else.</summary>
    [GeneratedRegex(@"(?<!\S)(?<label>[A-Z][\w&’'()-]*,?(?:\s+(?:and|&|of|the|on|upon|in|[A-Z][\w&’'()-]*,?)){0,7}?)\s+(?<n>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?)(?:\s+(?<n>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?)){0,7}(?=\s+[A-Za-z]|\s*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Row();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <param name="caption">The caption read so far, shared with the table reader of cells between pipes.</param>
    public FlatTable(CaptionedTable caption) => _caption = caption;

    /// <summary>Reads <paramref name="paragraph"/> as a header or rows of a flattened table; false leaves it to the prose rules.</summary>
    public bool TryRead(Paragraph paragraph, List<Figure> figures)
    {
        var text = paragraph.Text;
        if (text.Length > 4000 || text.Contains('|', StringComparison.Ordinal) || text.Contains('£', StringComparison.Ordinal))
        {
            Reset();
            _caption.Forget();
            return false;
        }

        if (_columns is { } columns && Row().Match(text) is { Success: true } row && row.Index == 0 && row.Length == text.TrimEnd().Length
            && row.Groups["n"].Captures.Count == columns.Count)
        {
            if (_pending is { } pending)
            {
                Emit(pending.Paragraph, pending.Row, columns, figures);
                _pending = null;
                Emit(paragraph, row, columns, figures);
            }
            else if (!figures.Any(f => f.Evidence.Paragraph == paragraph.Index - 1 && f.Rule == FigureRules.FlatTable.Id))
            {
                _pending = (paragraph, row);
            }
            else
            {
                Emit(paragraph, row, columns, figures);
            }

            return true;
        }

        if (_caption.Kind is not null && TableRow.DateColumns(text) is > 0 and var dates)
        {
            _caption.Columns(dates);
            return true;
        }

        if (_caption.TryRow(paragraph, figures))
        {
            return true;
        }

        Reset();
        if (HeaderColumns(text) is { } header && (!Digit().IsMatch(text) || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeaderParagraphWords && !Row().IsMatch(text))))
        {
            _columns = header;
            _caption.Read(text);
            return false;
        }

        if (ReadInline(paragraph, figures, _caption.Kind))
        {
            return true;
        }

        _caption.Read(text);
        return false;
    }

    /// <summary>
    /// A whole table in one paragraph: header text, then two or more rows of the header's width. A header that names no
    /// kind per column (dates, grades) takes the kind of the caption before it or of its own words.
    /// </summary>
    private static bool ReadInline(Paragraph paragraph, List<Figure> figures, string? captionKind)
    {
        var text = paragraph.Text;
        var first = Row().Match(text);
        if (!first.Success || first.Index == 0)
        {
            return false;
        }

        var columns = HeaderColumns(text[..first.Index]);
        if (columns is null)
        {
            return ReadInlineCaptioned(paragraph, figures, first, TableCaption.KindOf(text[..first.Index]) ?? captionKind);
        }

        if (first.Groups["n"].Captures.Count != columns.Count)
        {
            // "Region Headcount FTE …": one column names a kind, the other a unit of the same count.
            return columns.Distinct().Count() == 1 && ReadInlineCaptioned(paragraph, figures, first, columns[0]);
        }

        var rows = RowsFrom(text, first, columns.Count);
        if (rows is null)
        {
            return false;
        }

        foreach (var row in rows)
        {
            Emit(paragraph, row, columns, figures);
        }

        return true;
    }

    private static bool ReadInlineCaptioned(Paragraph paragraph, List<Figure> figures, Match first, string? kind)
    {
        if (kind is null)
        {
            return false;
        }

        var text = paragraph.Text;
        while (first.Success && first.Groups["n"].Captures.All(c => IsYear(c.Value)))
        {
            // "Region 2022 2023 Northshire 412 398": the dates are the header, not a row.
            first = first.NextMatch();
        }

        if (!first.Success || TableRow.DateColumns(text[..first.Index]) is var dates && dates > 0 && dates != first.Groups["n"].Captures.Count)
        {
            return false;
        }

        var width = first.Groups["n"].Captures.Count;
        var rows = RowsFrom(text, first, width);
        if (rows is null)
        {
            return false;
        }

        var columns = Enumerable.Repeat<string?>(kind, width).ToList();
        foreach (var row in rows)
        {
            Emit(paragraph, row, columns, figures, FigureRules.CaptionedTable);
        }

        return true;
    }

    /// <summary>The rows from <paramref name="first"/> on, all <paramref name="width"/> numbers wide and running to the paragraph's end.</summary>
    private static List<Match>? RowsFrom(string text, Match first, int width)
    {
        var rows = new List<Match> { first };
        for (var next = first.NextMatch(); next.Success; next = next.NextMatch())
        {
            var previousEnd = rows[^1].Index + rows[^1].Length;
            if (next.Groups["n"].Captures.Count != width || !text.AsSpan(previousEnd, next.Index - previousEnd).IsWhiteSpace())
            {
                break;
            }

            rows.Add(next);
        }

        // A table runs to the end of its paragraph; rows inside prose ("… between 45 and 55 cases") are not one.
        return rows.Count < 2 || !text.AsSpan(rows[^1].Index + rows[^1].Length).IsWhiteSpace() ? null : rows;
    }

    private static bool IsYear(string cell) => cell.Length == 4 && cell[0] is '1' or '2' && int.TryParse(cell, out var year) && year is >= 1950 and <= 2040;

    private static void Emit(Paragraph paragraph, Match row, IReadOnlyList<string?> columns, List<Figure> figures, ExtractionRule? rule = null)
    {
        rule ??= FigureRules.FlatTable;
        var label = LastLabel(row.Groups["label"].Value);
        var evidence = label + paragraph.Text[(row.Groups["label"].Index + row.Groups["label"].Length)..(row.Index + row.Length)];
        var numbers = row.Groups["n"].Captures;
        for (var c = 0; c < numbers.Count; c++)
        {
            var cell = numbers[c].Value;
            var isPercent = cell.EndsWith('%');
            var kind = isPercent && columns[c] is { } column ? CaptionedTable.RateOf(column) : columns[c];
            if (kind is null)
            {
                continue;
            }

            var number = cell.TrimEnd('%');
            var value = double.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            kind = FigureTable.PerOfficerOrTotal(kind, value);
            figures.Add(new Figure(kind, value, label, evidence, new Evidence(paragraph.Index, numbers[c].Index, numbers[c].Index + number.Length))
            {
                Rule = rule.Id,
                Confidence = rule.Confidence,
            });
        }
    }

    /// <summary>A label glued to the header text before it keeps only its capitalised words: "posts1) Avon and Somerset".</summary>
    private static string LastLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && words.Length - start < MaxLabelWords
            && (char.IsUpper(words[start - 1][0]) || words[start - 1] is "and" or "&" or "of" or "the") && !words[start - 1].Contains(')', StringComparison.Ordinal))
        {
            start--;
        }

        return string.Join(' ', words[Math.Min(start, words.Length - 1)..]);
    }

    /// <summary>The kind of each column the header names, in order, or null when it is not a header.</summary>
    private static List<string?>? HeaderColumns(string header)
    {
        if (header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeaderWords)
        {
            return null;
        }

        var columns = new List<string?>();
        foreach (Match term in ColumnTerm().Matches(header))
        {
            var note = term.Groups["note"].Value;
            var kind = term.Groups["term"].Value.StartsWith('%') ? FigureKinds.VacancyRate : FigureTable.KindOf(term.Groups["term"].Value);
            if (kind == FigureKinds.Vacancies && note.Contains('%', StringComparison.Ordinal))
            {
                kind = FigureKinds.VacancyRate;
            }

            if (kind == FigureKinds.SicknessAbsence && note.Contains("day", StringComparison.OrdinalIgnoreCase))
            {
                // Days lost per person are not a sickness figure; the column is kept so the others stay in place.
                kind = null;
            }

            columns.Add(kind);
        }

        return columns.Count is > 0 and <= MaxColumns && columns.Any(c => c is not null) ? columns : null;
    }

    private void Reset()
    {
        _columns = null;
        _pending = null;
    }
}
