using System.Globalization;
using System.Text.RegularExpressions;
using TextMiner.Core.Records;

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

    private IReadOnlyList<string?>? _columns;
    private (Paragraph Paragraph, Match Row)? _pending;

    [GeneratedRegex(@"(?<term>\bvacancy\s+rates?|\bvacanc(?:y|ies)|%\s*vacant|\bvacant\s+posts|\bshortfall|\bstaff\s+in\s+post|\bin\s+post|\bheadcount|\btarget|\bestablishment|\brequired|\bbudgeted|\bcase\s?loads?|\bsickness(?:\s+absence)?|\bworkload)\b(?<note>\s*\([^()]{0,60}\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ColumnTerm();

    /// <summary>A row: a label of words (no digits), then numbers, nothing else.</summary>
    [GeneratedRegex(@"(?<!\S)(?<label>[A-Z][\w&’'()-]*,?(?:\s+(?:and|&|of|the|on|upon|in|[A-Z][\w&’'()-]*,?)){0,7}?)\s+(?<n>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?)(?:\s+(?<n>(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)%?)){0,7}(?=\s+[A-Za-z]|\s*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Row();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    /// <summary>Reads <paramref name="paragraph"/> as a header or rows of a flattened table; false leaves it to the prose rules.</summary>
    public bool TryRead(Paragraph paragraph, List<Figure> figures)
    {
        var text = paragraph.Text;
        if (text.Length > 4000 || text.Contains('|', StringComparison.Ordinal) || text.Contains('£', StringComparison.Ordinal))
        {
            Reset();
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

        Reset();
        if (HeaderColumns(text) is { } header && (!Digit().IsMatch(text) || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeaderParagraphWords && !Row().IsMatch(text))))
        {
            _columns = header;
            return false;
        }

        return ReadInline(paragraph, figures);
    }

    /// <summary>A whole table in one paragraph: header text, then two or more rows of the header's width.</summary>
    private static bool ReadInline(Paragraph paragraph, List<Figure> figures)
    {
        var text = paragraph.Text;
        var first = Row().Match(text);
        if (!first.Success || first.Index == 0)
        {
            return false;
        }

        var columns = HeaderColumns(text[..first.Index]);
        if (columns is null || first.Groups["n"].Captures.Count != columns.Count)
        {
            return false;
        }

        var rows = new List<Match> { first };
        for (var next = first.NextMatch(); next.Success; next = next.NextMatch())
        {
            var previousEnd = rows[^1].Index + rows[^1].Length;
            if (next.Groups["n"].Captures.Count != columns.Count || !text.AsSpan(previousEnd, next.Index - previousEnd).IsWhiteSpace())
            {
                break;
            }

            rows.Add(next);
        }

        // A table runs to the end of its paragraph; rows inside prose ("… between 45 and 55 cases") are not one.
        if (rows.Count < 2 || !text.AsSpan(rows[^1].Index + rows[^1].Length).IsWhiteSpace())
        {
            return false;
        }

        foreach (var row in rows)
        {
            Emit(paragraph, row, columns, figures);
        }

        return true;
    }

    private static void Emit(Paragraph paragraph, Match row, IReadOnlyList<string?> columns, List<Figure> figures)
    {
        var label = LastLabel(row.Groups["label"].Value);
        var evidence = label + paragraph.Text[(row.Groups["label"].Index + row.Groups["label"].Length)..(row.Index + row.Length)];
        var numbers = row.Groups["n"].Captures;
        for (var c = 0; c < numbers.Count; c++)
        {
            var cell = numbers[c].Value;
            var isPercent = cell.EndsWith('%');
            var kind = isPercent && columns[c] == FigureKinds.Vacancies ? FigureKinds.VacancyRate : columns[c];
            if (kind is null || (isPercent && kind is not (FigureKinds.VacancyRate or FigureKinds.Workload or FigureKinds.SicknessAbsence)))
            {
                continue;
            }

            var number = cell.TrimEnd('%');
            var value = double.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            kind = FigureTable.PerOfficerOrTotal(kind, value);
            figures.Add(new Figure(kind, value, label, evidence, new Evidence(paragraph.Index, numbers[c].Index, numbers[c].Index + number.Length))
            {
                Rule = FigureRules.FlatTable.Id,
                Confidence = FigureRules.FlatTable.Confidence,
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
