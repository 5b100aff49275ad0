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
    private const int MaxColumns = 8;

    private IReadOnlyList<string>? _columns;
    private (Paragraph Paragraph, Match Row)? _pending;

    [GeneratedRegex(@"\b(?<term>vacancy\s+rates?|vacanc(?:y|ies)|vacant\s+posts|shortfall|staff\s+in\s+post|in\s+post|headcount|target|establishment|case\s?loads?|sickness(?:\s+absence)?|workload)\b(?<note>\s*\([^()]{0,60}\))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ColumnTerm();

    /// <summary>A row: a label of words (no digits), then numbers, nothing else.</summary>
    [GeneratedRegex(@"(?<!\S)(?<label>[A-Z][\w&’'()-]*,?(?:\s+(?:and|&|of|the|on|upon|in|[A-Z][\w&’'()-]*,?)){0,7}?)\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)){0,7}(?=\s+[A-Za-z]|\s*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
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
            else if (!figures.Any(f => f.Paragraph == paragraph.Index - 1 && f.Rule == FigureRules.FlatTable.Id))
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
        if (HeaderColumns(text) is { } header && !Digit().IsMatch(text))
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

    private static void Emit(Paragraph paragraph, Match row, IReadOnlyList<string> columns, List<Figure> figures)
    {
        var label = LastLabel(row.Groups["label"].Value);
        var evidence = label + paragraph.Text[(row.Groups["label"].Index + row.Groups["label"].Length)..(row.Index + row.Length)];
        var numbers = row.Groups["n"].Captures;
        for (var c = 0; c < numbers.Count; c++)
        {
            var value = double.Parse(numbers[c].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            figures.Add(new Figure(columns[c], value, label, evidence, paragraph.Index, numbers[c].Index, numbers[c].Index + numbers[c].Length)
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
    private static List<string>? HeaderColumns(string header)
    {
        if (header.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxHeaderWords)
        {
            return null;
        }

        var columns = new List<string>();
        foreach (Match term in ColumnTerm().Matches(header))
        {
            var kind = FigureTable.KindOf(term.Groups["term"].Value);
            if (kind is null)
            {
                return null;
            }

            if (kind == FigureKinds.Vacancies && term.Groups["note"].Value.Contains('%', StringComparison.Ordinal))
            {
                kind = FigureKinds.VacancyRate;
            }

            columns.Add(kind);
        }

        return columns.Count is > 0 and <= MaxColumns ? columns : null;
    }

    private void Reset()
    {
        _columns = null;
        _pending = null;
    }
}
