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

    /// <summary>A row: a label of words (no digits but a grade's, "Band 4 Probation Officer"), perhaps a colon, then numbers; rows may be bulleted.</summary>
    [GeneratedRegex(@"(?<!\S)(?<label>(?:(?:Band|Grade|Tier)\s+\d{1,2}\s+)?[A-Z][\w&’'()-]*,?(?:\s+(?:and|&|of|the|on|upon|in|[A-Z][\w&’'()-]*,?)){0,7}?):?\s+(?<n>" + Number + @")(?:\s+(?<n>" + Number + @")){0,7}(?=\s*[-•*;,]?\s+[A-Za-z]|\s*[;,.]?\s*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Row();

    /// <summary>A row labelled by a date ("2021 3,788 6,340", "As at 31 March 2020 3,602"), its cells not dates themselves.</summary>
    [GeneratedRegex(@"(?<!\S)(?:[-•*]\s*)?(?<label>" + DateLabel + @"):?(?:\s+(?!(?:19|20)\d\d(?![\d.,])|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<n>" + Number + @")){1,8}(?=\s*[-•*;,]?\s+" + DateLabel + @"|\s*[;,.]?\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatedRow();

    private const string Number = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?";

    private const string DateLabel = @"(?:(?:as\s+)?at\s+|year\s+(?:to|ending)\s+|end\s+of\s+)?" + TableRow.DatePattern;

    [GeneratedRegex(TableRow.DatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateColumn();

    /// <summary>What may stand between two rows of a run: space and bullets.</summary>
    [GeneratedRegex(@"^[\s•*;,-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"^[\s;,.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex End();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>"In post: 4,410": a labelled figure, not a header of columns.</summary>
    [GeneratedRegex(@"^[^:\d]{1,60}:\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAndNumber();

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
            if (text.Length <= 4000 && !text.Contains('£', StringComparison.Ordinal) && TableRow.Read(text.Replace('|', ' ')) is { } pipeRow)
            {
                // "North | 120" with no caption yet: one may follow the table.
                _caption.Orphan(paragraph, pipeRow);
            }

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
        if (HeaderColumns(text) is { } header && (!Digit().IsMatch(text) || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeaderParagraphWords && !Row().IsMatch(text) && !LabelAndNumber().IsMatch(text))))
        {
            _columns = header;
            _caption.Read(paragraph, figures);
            return false;
        }

        if (ReadInline(paragraph, figures, _caption.Kind))
        {
            return true;
        }

        if (_caption.Kind is null && TableRow.Read(text) is { } orphan)
        {
            _caption.Orphan(paragraph, orphan);
            return false;
        }

        _caption.Read(paragraph, figures);
        return false;
    }

    /// <summary>
    /// A whole table in one paragraph: header text, then two or more rows of the same width running to its end. The
    /// header names a kind per column, or dates, grades or units that take the kind of the caption before the table or
    /// of the header's own words; rows are labelled by words ("Northshire 412 398") or by dates ("2021 3,788 6,340").
    /// </summary>
    private static bool ReadInline(Paragraph paragraph, List<Figure> figures, string? captionKind) =>
        EndsInNumber(paragraph.Text)
        && (ReadRun(paragraph, figures, captionKind, Row(), datedRows: false) || ReadRun(paragraph, figures, captionKind, DatedRow(), datedRows: true));

    /// <summary>A table runs to the end of its paragraph, so only a paragraph ending in a number is worth scanning for rows.</summary>
    private static bool EndsInNumber(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(" \t;,.%");
        return trimmed.Length > 0 && char.IsAsciiDigit(trimmed[^1]);
    }

    private static bool ReadRun(Paragraph paragraph, List<Figure> figures, string? captionKind, Regex rowPattern, bool datedRows)
    {
        var text = paragraph.Text;
        var rows = LastRun(text, rowPattern, datedRows);
        if (rows is null)
        {
            return false;
        }

        var first = rows[0];
        var firstNumber = first.Groups["n"].Captures[0].Index;
        var head = datedRows ? text[..first.Index] : text[..firstNumber];
        if (TableHeader.Read(head, first.Groups["n"].Captures.Count, captionKind) is not { } header
            || (header.LabelStart < 0 && first.Index == 0 && captionKind is null))
        {
            return false;
        }

        var rule = header.NamesKinds ? FigureRules.FlatTable : FigureRules.CaptionedTable;
        for (var r = 0; r < rows.Count; r++)
        {
            var label = r == 0 && !datedRows && header.LabelStart >= 0 ? text[header.LabelStart..firstNumber].Trim() : LastLabel(rows[r].Groups["label"].Value);
            if (label.Length == 0)
            {
                return false;
            }

            Emit(paragraph, rows[r], label, header.Kinds, figures, rule);
        }

        return true;
    }

    /// <summary>
    /// The rows of the table that ends <paramref name="text"/>: the last run of two or more rows of the same width with
    /// nothing but bullets between them, less rows at its start that are only the header's dates ("Region 2022 2023").
    /// </summary>
    private static List<Match>? LastRun(string text, Regex rowPattern, bool datedRows)
    {
        var matches = rowPattern.Matches(text);
        if (matches.Count < 2 || !End().IsMatch(text.AsSpan(matches[^1].Index + matches[^1].Length)))
        {
            return null;
        }

        var width = matches[^1].Groups["n"].Captures.Count;
        var first = matches.Count - 1;
        while (first > 0 && matches[first - 1].Groups["n"].Captures.Count == width
            && Between().IsMatch(text.AsSpan(matches[first - 1].Index + matches[first - 1].Length, matches[first].Index - matches[first - 1].Index - matches[first - 1].Length)))
        {
            first--;
        }

        if (!datedRows)
        {
            var dates = DateSpans(text);
            while (first < matches.Count && matches[first].Groups["n"].Captures.All(c => dates.Any(d => c.Index >= d.Index && c.Index < d.Index + d.Length)))
            {
                first++;
            }
        }

        return matches.Count - first < 2 ? null : [.. matches.Skip(first)];
    }

    private static List<Match> DateSpans(string text) => DateColumn().Matches(text).ToList();

    private static void Emit(Paragraph paragraph, Match row, IReadOnlyList<string?> columns, List<Figure> figures) =>
        Emit(paragraph, row, LastLabel(row.Groups["label"].Value), columns, figures, FigureRules.FlatTable);

    private static void Emit(Paragraph paragraph, Match row, string label, IReadOnlyList<string?> columns, List<Figure> figures, ExtractionRule rule)
    {
        var evidence = label + paragraph.Text[(row.Groups["label"].Index + row.Groups["label"].Length)..(row.Index + row.Length)];
        if (TableRow.IsOtherService(label))
        {
            return;
        }

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
            && (char.IsUpper(words[start - 1][0]) || words[start - 1] is "and" or "&" or "of" or "the" || IsGradeNumber(words, start - 1))
            && !words[start - 1].Contains(')', StringComparison.Ordinal))
        {
            start--;
        }

        return string.Join(' ', words[Math.Min(start, words.Length - 1)..]);
    }

    /// <summary>The "4" of "Band 4 Probation Officer".</summary>
    private static bool IsGradeNumber(string[] words, int index) =>
        index > 0 && words[index].Length <= 2 && words[index].All(char.IsAsciiDigit) && words[index - 1] is "Band" or "Grade" or "Tier";

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
