using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// Ratings tables (standard → grade), as PDF and HTML tables come out of parsing: a paragraph of "label grade" pairs
/// ("Overall rating Requires improvement 1.1 Leadership Good"), or a label paragraph followed by a grade-only paragraph.
/// </summary>
internal static partial class RatingTable
{
    private const int MaxLabelWords = 10;

    [GeneratedRegex(@"(?<label>(?:\d+(?:\.\d+)*\.?\s+)?[A-Z][^.!?:;“”""‘’\d]{1,80}?)\s*[:–—|-]?\s*\b(?<grade>Outstanding|Good|Requires\s+[Ii]mprovement|Inadequate|OUTSTANDING|GOOD|REQUIRES\s+IMPROVEMENT|INADEQUATE)\b\s*[.;]?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    [GeneratedRegex(@"^\s*(?:Outstanding|Good|Requires\s+improvement|Inadequate)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeOnly();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|have|been|rated|be|had|will|would|said|found|we|they|it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)|\b(?:rating|ratings|grade)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelNoise();

    public static bool TryRead(Paragraph paragraph, Paragraph? previous, string? subject, List<Rating> ratings)
    {
        var text = paragraph.Text;
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

        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith('.') && !Row().Match(trimmed).Success)
        {
            return false;
        }

        var rows = Row().Matches(text);
        var covered = 0;
        foreach (Match row in rows)
        {
            if (!IsLabel(row.Groups["label"].Value))
            {
                return false;
            }

            covered += row.Length;
        }

        if (rows.Count == 0 || covered < trimmed.Trim().Length * 0.9)
        {
            return false;
        }

        foreach (Match row in rows)
        {
            var grade = row.Groups["grade"];
            ratings.Add(Make(row.Groups["label"].Value, grade.Value, subject, row.Value.Trim(), paragraph.Index, grade.Index, grade.Index + grade.Length));
        }

        return true;
    }

    private static bool IsLabel(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxLabelWords && !Verb().IsMatch(label) && !label.TrimEnd().EndsWith('.');
    }

    private static Rating Make(string label, string grade, string? subject, string evidence, int paragraph, int start, int end)
    {
        var clean = LabelNoise().Replace(label, " ").Trim().TrimEnd(':', '-', '–', '|').Trim();
        var aspect = clean.Length == 0 || clean.Equals(Aspects.Overall, StringComparison.OrdinalIgnoreCase)
            ? Aspects.Overall
            : clean.ToLowerInvariant();
        return new Rating(Grades.Normalise(grade), aspect, subject, evidence, paragraph, start, end);
    }
}
