using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Figures;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>Ratings stated in prose: a grade name with a rating word before it (or "rating" after it).</summary>
internal static partial class RatingExtractor
{
    private const int TriggerWindow = 120;
    private const int HypotheticalWindow = 60;

    [GeneratedRegex(@"[,;:–—(]", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>"rated planning and reviewing as Inadequate": one grade shared by two domains.</summary>
    [GeneratedRegex(@"\b(?<a>[a-z]+(?:[ -][a-z]+){0,3})\s+and\s+(?<b>[a-z]+(?:[ -][a-z]+){0,3})\s+(?:as|were\s+(?:both\s+)?(?:rated|judged|found)(?:\s+as|\s+to\s+be)?)\s*[“""‘']?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SharedGrade();

    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, string? documentSubject, List<Rating> ratings)
    {
        var text = paragraph.Text;
        foreach (var sentence in sentences)
        {
            var sentenceText = text[sentence.Start..sentence.End];
            if (sentenceText.TrimEnd('”', '’', '"', '\'', ')', ' ').EndsWith('?'))
            {
                continue;
            }

            foreach (Match match in Grades.Grade().Matches(sentenceText))
            {
                var before = sentenceText[..match.Index];
                var after = sentenceText[(match.Index + match.Length)..];
                if (!IsRating(match, before, after))
                {
                    continue;
                }

                var clause = ClauseOf(before);
                var aspect = Aspects.Classify(before, clause, after);
                var grade = match.Groups["grade"];
                var subject = aspect == Aspects.Summary ? null : FigureSubject.Find(sentenceText) ?? documentSubject;
                var start = sentence.Start + grade.Index;
                var value = Grades.Normalise(grade.Value);
                var shared = SharedGrade().Match(before);
                if (aspect != Aspects.Overall && aspect != Aspects.Summary && shared.Success
                    && Aspects.Domain(shared.Groups["a"].Value) is { } first && Aspects.Domain(shared.Groups["b"].Value) is { } second && first != second)
                {
                    ratings.Add(new Rating(value, first, subject, sentenceText, paragraph.Index, start, start + grade.Length));
                    aspect = second;
                }

                ratings.Add(new Rating(value, aspect, subject, sentenceText, paragraph.Index, start, start + grade.Length));
            }
        }
    }

    private static bool IsRating(Match match, string before, string after)
    {
        if (!RatingContext.AllowedAfter().IsMatch(after) || RatingContext.GradeListAfter().IsMatch(after)
            || RatingContext.GradeListBefore().IsMatch(before))
        {
            return false;
        }

        var near = before.Length > HypotheticalWindow ? before[^HypotheticalWindow..] : before;
        if (RatingContext.Hypothetical().IsMatch(near))
        {
            return false;
        }

        if (!Grades.IsMarked(match))
        {
            return RatingContext.StrictBefore().IsMatch(before);
        }

        var window = before.Length > TriggerWindow ? before[^TriggerWindow..] : before;
        return RatingContext.Trigger().IsMatch(window) || RatingContext.RatingNounAfter().IsMatch(after);
    }

    /// <summary>The clause before the grade; "Staff – Inadequate" keeps its label before the dash.</summary>
    private static string ClauseOf(string before)
    {
        var text = before.TrimEnd(' ', '–', '—', '-', ':', '“', '"', '‘', '\'');
        var breaks = ClauseBreak().Matches(text);
        return breaks.Count == 0 ? text : text[(breaks[^1].Index + 1)..];
    }
}
