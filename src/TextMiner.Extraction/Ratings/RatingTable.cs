using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// Ratings tables (standard → grade), one record per row: rows with cells ("1.1 Leadership | | Good"), label lines
/// ("Unpaid work: Good"), even when parsing has joined the rows into one paragraph, or a label paragraph followed by a
/// grade-only paragraph.
/// </summary>
internal static partial class RatingTable
{
    private const int MaxLabelWords = 10;

    /// <summary>A chart's heading ("Figure 3: PDU overall ratings, 2023/2024") is short; longer text is prose.</summary>
    private const int MaxHeadingChars = 160;

    [GeneratedRegex(@"\b(?:Outstanding|Good|Requires\s+[Ii]mprovement|Inadequate|OUTSTANDING|GOOD|REQUIRES\s+IMPROVEMENT|INADEQUATE)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GradeName();

    [GeneratedRegex(@"^\s*(?:Outstanding|Good|Requires\s+improvement|Inadequate)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeOnly();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|have|been|rated|be|had|will|would|said|found|we|they|it|judged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\d+\.\d+\.?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SubNumber();

    [GeneratedRegex(@"^\s*\d+\.?\s+|\b(?:rating|ratings|grade|score)\b|[|:–—]|(?<!\w)-|-(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelNoise();

    public static bool TryRead(Paragraph paragraph, Paragraph? previous, string? subject, List<FoundRating> ratings)
    {
        var text = paragraph.Text;
        if (GradeCounts(paragraph, ratings) || GradeFirstRows(paragraph, ratings))
        {
            return true;
        }

        if (GradeOnly().IsMatch(text))
        {
            if (previous is null || !IsLabel(previous.Text))
            {
                return false;
            }

            var gradeStart = text.Length - text.TrimStart().Length;
            ratings.Add(Make(previous.Text, text.Trim(), subject, text, paragraph.Index, gradeStart, gradeStart + text.Trim().Length));
            return true;
        }

        var rows = new List<FoundRating>();
        var rowStart = 0;
        var hasBareDomainLabel = false;
        var bodyRows = 0;
        var dashRows = 0;
        foreach (Match grade in GradeName().Matches(text))
        {
            var segment = text[rowStart..grade.Index];
            var trimmed = segment.TrimEnd();
            string? label = null;
            if (trimmed.EndsWith('|'))
            {
                label = PipeLabel(trimmed);
            }
            else if (trimmed.EndsWith(':') && AfterSentence(AfterBullet(trimmed[..^1])) is var colonLabel && IsLabel(colonLabel))
            {
                // "1.2 Staff" then "Rating: Good": a bare rating label takes the standard named by the heading above it.
                label = BareRatingLabel().IsMatch(colonLabel) && rowStart == 0 && previous is not null && IsStandardHeading(previous.Text) ? previous.Text : colonLabel;
            }
            else if (DashLabel(trimmed) is { } dashLabel)
            {
                label = dashLabel;
                dashRows++;
            }
            else
            {
                label = UnseparatedLabel(trimmed);
                if (label is null && UnseparatedBodyLabel(trimmed) is { } bodyLabel)
                {
                    label = bodyLabel;
                    bodyRows++;
                }

                if (label is null && BareDomainLabel(trimmed) is { } domainLabel)
                {
                    label = domainLabel;
                    hasBareDomainLabel = true;
                }
            }

            if (label is null || !IsLabel(label))
            {
                return false;
            }

            rows.Add(Make(label, grade.Value, subject, text[rowStart..(grade.Index + grade.Length)].Trim(), paragraph.Index, grade.Index, grade.Index + grade.Length));
            rowStart = grade.Index + grade.Length;
        }

        // "Staff Outstanding" is a row only when nothing follows it ("Staffing Inadequate at …" is a headline).
        // A lone "Tollby PDU Good" or "Tollby PDU – Good" is a headline; a flattened list has two rows at least.
        // A lone domain row ("Staff – Requires improvement") is a table's row when it follows a heading or another row.
        var isDomainRowUnderLabel = dashRows is 1 && bodyRows is 0 && rows.Count == 1 && rows[0].Rating.Aspect != Aspects.Overall
            && previous is not null && IsLabel(previous.Text) && !text.AsSpan(rowStart).ContainsAnyExcept(RowEnd);
        if (rows.Count == 0 || (hasBareDomainLabel && text.AsSpan(rowStart).ContainsAnyExcept(RowEnd)) || bodyRows is 1 || (dashRows is 1 && !isDomainRowUnderLabel))
        {
            return false;
        }

        ratings.AddRange(rows);
        return true;
    }

    /// <summary>
    /// A chart's table of how many bodies got each grade ("Figure 3: PDU overall ratings Outstanding 1 Good 9
    /// Requires improvement 19"): one summary rating per grade with a count.
    /// </summary>
    private static bool GradeCounts(Paragraph paragraph, List<FoundRating> ratings)
    {
        var text = paragraph.Text;
        var matches = GradeCount().Matches(text);
        if (matches.Count < 2)
        {
            return false;
        }

        var heading = matches[0].Index;
        var uncovered = NonSpace(text.AsSpan(heading)) - matches.Sum(m => NonSpace(m.ValueSpan));
        if (uncovered > 2 || heading > MaxHeadingChars || (heading > 0 && !RatingsHeading().IsMatch(text[..heading])))
        {
            return false;
        }

        foreach (Match match in matches)
        {
            var grade = match.Groups["grade"];
            ratings.Add(new FoundRating(new Rating(Grades.Normalise(grade.Value), Aspects.Summary, null, match.Value.Trim(), new Evidence(paragraph.Index, grade.Index, grade.Index + grade.Length))
            {
                Rule = RatingCatalogue.SummaryGradeCounts,
                Confidence = RatingCatalogue.ConfidenceOf(RatingCatalogue.SummaryGradeCounts),
            }, false));
        }

        return true;
    }

    /// <summary>
    /// A list grouped by grade ("Good: Anytown YOT", "Outstanding: Brockley YJS, Tarn Valley YJS Inadequate – Westfold
    /// PDU", lines joined or not): every group names only bodies, each one that body's overall grade.
    /// </summary>
    private static bool GradeFirstRows(Paragraph paragraph, List<FoundRating> ratings)
    {
        var text = paragraph.Text;
        var heads = GradeFirstHead().Matches(text);
        if (heads.Count == 0 || text[..heads[0].Index].Trim().Length > 0)
        {
            return false;
        }

        var rows = new List<FoundRating>();
        for (var h = 0; h < heads.Count; h++)
        {
            var end = h + 1 < heads.Count ? heads[h + 1].Index : text.Length;
            var bodies = text[(heads[h].Index + heads[h].Length)..end].Trim().TrimEnd('.', ';', ',');
            var names = BodySeparator().Split(bodies);
            if (bodies.Length == 0 || !names.All(IsListedBody))
            {
                return false;
            }

            var grade = heads[h].Groups["grade"];
            foreach (var name in names)
            {
                rows.Add(Make(name.Trim(), grade.Value, null, text[heads[h].Index..end].Trim(), paragraph.Index, grade.Index, grade.Index + grade.Length));
            }
        }

        ratings.AddRange(rows);
        return true;
    }

    private static bool IsListedBody(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length > 0 && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !Verb().IsMatch(trimmed) && IsBodyLabel(trimmed);
    }

    [GeneratedRegex(@"(?:^|(?<=\s))(?<grade>Outstanding|Good|Requires\s+[Ii]mprovement|Inadequate|OUTSTANDING|GOOD|REQUIRES\s+IMPROVEMENT|INADEQUATE)\s*(?::|\s[–—-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex GradeFirstHead();

    [GeneratedRegex(@"\s*[,;]\s*(?:and\s+)?|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BodySeparator();

    private static int NonSpace(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }

    [GeneratedRegex(@"(?<grade>Outstanding|Good|Requires\s+improvement|Inadequate)\s*(?:[|:–-]\s*)?(?:\d{1,4}\s*(?:(?:%|per\s?cent)\s*)?|\(\s*\d{1,4}\s*(?:%|per\s?cent|(?:standards?|areas?|domains?|services?|PDUs?|YOTs?|units?|inspections?)\b)?\s*\)\s*)(?:[|;,]\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex GradeCount();

    [GeneratedRegex(@"\bratings?\b[^.!?]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingsHeading();

    /// <summary>The label cell of a row: the last cell with letters, from its last "1.1" number or "Overall".</summary>
    private static string? PipeLabel(string segment)
    {
        var cells = segment.Split('|');
        var cell = cells.Reverse().FirstOrDefault(c => c.Any(char.IsLetter));
        if (cell is null)
        {
            return null;
        }

        var numbers = SubNumber().Matches(cell);
        if (numbers.Count > 0)
        {
            return cell[(numbers[^1].Index + numbers[^1].Length)..];
        }

        var overall = cell.LastIndexOf("Overall", StringComparison.OrdinalIgnoreCase);
        return overall >= 0 ? cell[overall..] : cell;
    }

    /// <summary>
    /// A row whose cells lost their separators ("2.1 Assessment Requires improvement", "Overall rating Good"): the
    /// label must carry a standard number or be the overall row.
    /// </summary>
    private static string? UnseparatedLabel(string segment)
    {
        var label = Leaders().Replace(AfterBullet(segment), string.Empty).TrimEnd(' ', '\t', '–', '—', '-');
        var numbers = SubNumber().Matches(label);
        if (numbers.Count > 0)
        {
            var rest = label[(numbers[^1].Index + numbers[^1].Length)..];
            return rest.Length > 0 && char.IsUpper(rest[0]) ? rest : null;
        }

        return OverallRow().IsMatch(label) ? label : null;
    }

    /// <summary>
    /// "North West – Requires improvement Wales – Good", "…: Leadership – Good; Staff – Inadequate": a row whose label,
    /// a body's name or a domain, is set off by a dash.
    /// </summary>
    private static string? DashLabel(string segment)
    {
        var dash = DashEnd().Match(segment);
        if (!dash.Success)
        {
            return null;
        }

        var start = segment.AsSpan(0, dash.Index).LastIndexOfAny(RowStart);
        var label = AfterBullet(segment[(start + 1)..dash.Index]).Trim();
        var isNamed = label.Length > 0 && char.IsUpper(label[0]) && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
        return isNamed && (IsBodyLabel(label) || Aspects.HeadDomain(label) is not null) ? label : null;
    }

    [GeneratedRegex(@"\s[–—-]\s*[“""‘']?$|[–—]\s*[“""‘']?$", RegexOptions.CultureInvariant)]
    private static partial Regex DashEnd();

    private static readonly System.Buffers.SearchValues<char> RowStart = System.Buffers.SearchValues.Create(".;:|\n\r”’\")");

    /// <summary>"Arbeck PDU Requires improvement Cotterell PDU Inadequate": a row of a flattened list of bodies and their grades.</summary>
    private static string? UnseparatedBodyLabel(string segment)
    {
        var label = AfterBullet(segment).Trim(' ', '\t', '–', '—', '-', '|');
        return BodyHead().IsMatch(label) && Aspects.HeadDomain(label) is null ? label : null;
    }

    private static readonly System.Buffers.SearchValues<char> RowEnd = System.Buffers.SearchValues.Create(" \t.|”’'\"");

    /// <summary>"Governance and leadership Good": a row without separator or number whose label is a known domain.</summary>
    private static string? BareDomainLabel(string segment)
    {
        var label = Leaders().Replace(AfterBullet(segment), string.Empty).Trim(' ', '\t', '–', '—', '-', '|');
        return label.Length > 0 && char.IsUpper(label[0]) && Aspects.HeadDomain(label) is not null && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            ? label
            : null;
    }

    /// <summary>"Domain one: organisational delivery. Staff:": a row's label starts after the previous sentence.</summary>
    private static string AfterSentence(string label)
    {
        var stop = label.LastIndexOfAny(['.', ';']);
        return stop >= 0 && stop + 1 < label.Length && !char.IsDigit(label[stop + 1]) ? label[(stop + 1)..].Trim() : label;
    }

    /// <summary>"Organisational delivery • Staff": a bulleted row keeps only its own label.</summary>
    private static string AfterBullet(string label)
    {
        var bullet = label.LastIndexOfAny(['•', '▪', '●', '◦', '‣', '■', '*']);
        return bullet >= 0 ? label[(bullet + 1)..] : label;
    }

    [GeneratedRegex(@"(?:^|\s)(?:overall\s+rating|overall|rating)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverallRow();

    /// <summary>
    /// "Arbeck | 2023 | Requires improvement", "Tollby PDU: Good": a row labelled by a body's name, not a domain, is that
    /// body's overall grade (a region's page listing its units' grades).
    /// </summary>
    private static bool IsBodyLabel(string label) =>
        label.Length > 0 && Aspects.HeadDomain(label) is null && !OverallRow().IsMatch(label)
        && (RatingContext.ProperName().IsMatch(label) || BodyHead().IsMatch(label));

    [GeneratedRegex(@"^[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,5}\s+(?:PDU|YJS|YOS|YOT|CRC|(?i:probation\s+delivery\s+unit|youth\s+(?:justice|offending)\s+(?:service|team)|probation\s+service|region|division))$", RegexOptions.CultureInvariant)]
    private static partial Regex BodyHead();

    [GeneratedRegex(@"^\s*(?:(?:our|the)\s+)?(?:rating|grade|judgement)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareRatingLabel();

    /// <summary>A heading that names a standard or domain: "1.2 Staff", "Standard 2.1: Assessment", "Court disposals".</summary>
    private static bool IsStandardHeading(string text) =>
        IsLabel(text) && !GradeName().IsMatch(text) && (SubNumber().IsMatch(text + " ") || Aspects.HeadDomain(text) is not null);

    /// <summary>"Reviewing .......... Inadequate": the dot leaders of a contents-style row.</summary>
    [GeneratedRegex(@"(?:\s*(?:\.{2,}|…+|·{2,}|_{2,}))+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Leaders();

    private static bool IsLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxLabelWords && !Verb().IsMatch(label) && !label.TrimEnd().EndsWith('.');
    }

    private static FoundRating Make(string label, string grade, string? subject, string evidence, int paragraph, int start, int end)
    {
        var clean = string.Join(' ', LabelNoise().Replace(label, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var isBody = IsBodyLabel(clean);
        var isOverall = isBody || clean.Length == 0 || clean.Contains(Aspects.Overall, StringComparison.OrdinalIgnoreCase);
        var rule = isOverall ? RatingCatalogue.OverallTableRow : RatingCatalogue.DomainTableRow;
        var rating = new Rating(Grades.Normalise(grade), isOverall ? Aspects.Overall : clean.ToLowerInvariant(), isBody ? clean : subject, evidence, new Evidence(paragraph, start, end))
        {
            Rule = rule,
            Confidence = RatingCatalogue.ConfidenceOf(rule),
        };
        return new FoundRating(rating, false);
    }
}
