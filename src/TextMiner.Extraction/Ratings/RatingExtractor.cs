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
                var subject = FigureSubject.Find(sentenceText) ?? documentSubject;
                ratings.Add(new Rating(
                    Grades.Normalise(grade.Value), aspect, subject, sentenceText, paragraph.Index,
                    sentence.Start + grade.Index, sentence.Start + grade.Index + grade.Length));
            }
        }
    }

    private static bool IsRating(Match match, string before, string after)
    {
        if (!RatingContext.AllowedAfter().IsMatch(after))
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

    private static string ClauseOf(string before)
    {
        var breaks = ClauseBreak().Matches(before);
        return breaks.Count == 0 ? before : before[(breaks[^1].Index + 1)..];
    }
}
