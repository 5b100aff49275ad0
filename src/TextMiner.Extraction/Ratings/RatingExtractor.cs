using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Figures;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>Ratings stated in prose: a grade name with a rating word before it (or "rating" after it).</summary>
internal static partial class RatingExtractor
{
    private const int TriggerWindow = 120;
    private const int WindowChars = 400;
    private const int HypotheticalWindow = 60;

    /// <summary>"rated planning and reviewing as Inadequate", "rated A, B and C – as Good": one grade shared by a list.</summary>
    [GeneratedRegex(@"(?<list>[^.;:()]{3,240}?)\s*[–—-]?\s*(?:\bas|\bto\s+be|\bthe\s+same|\b(?:were|are)\s+(?:all\s+|both\s+|each\s+|also\s+)?(?:rated|judged|graded|found)(?:\s+as|\s+to\s+be)?)\s*[“""‘']?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SharedGrade();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|as\s+well\s+as)\s+|,|\band\b|\bas\s+well\s+as\b|\s[–—-]\s|[–—])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^.*\b(?:rated|re-rated|rating|rates?|judged|judging|graded|grading|gave|giving|given|found|awarded|received|was|were|is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListHead();

    private const int MaxListItemWords = 6;

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

            var previousGradeEnd = 0;
            foreach (Match match in Grades.Grade().Matches(sentenceText))
            {
                // Run-on "sentences" (a table flattened into one line) are read through a window around each grade.
                var windowStart = Math.Max(0, match.Index - WindowChars);
                var before = sentenceText[windowStart..match.Index];
                var after = TextWindow.Head(sentenceText, match.Index + match.Length, sentenceText.Length, WindowChars);
                var scope = Math.Max(0, previousGradeEnd - windowStart);
                var evidence = sentenceText.Length <= 2 * WindowChars ? sentenceText : sentenceText[windowStart..Math.Min(sentenceText.Length, match.Index + WindowChars)];
                previousGradeEnd = match.Index + match.Length;
                if (!IsRating(match, before, after, scope))
                {
                    continue;
                }

                var scoped = before[scope..];
                var clause = ClauseOf(scoped.TrimEnd().EndsWith('(') ? scoped.TrimEnd()[..^1] : scoped);
                var aspect = Aspects.Classify(before, clause, after);
                var grade = match.Groups["grade"];
                var subject = aspect == Aspects.Summary ? null : FigureSubject.Find(evidence) ?? documentSubject;
                var start = sentence.Start + grade.Index;
                var value = Grades.Normalise(grade.Value);
                var listedAfter = ListedAfter().Match(after);
                var domains = listedAfter.Success ? DomainList(listedAfter.Groups["list"].Value) : [];
                if (domains.Count < 2 && Aspects.ForList(after) is { } forList)
                {
                    domains = DomainList(forList);
                }

                if (domains.Count < 2 && Aspects.ForWhat(after) is { } forWhat)
                {
                    domains = DomainList(forWhat);
                }

                if (domains.Count < 2)
                {
                    domains = SharedDomains(before[scope..]);
                }

                var alsoRated = AlsoRated().Match(after);
                if (alsoRated.Success && Aspects.Domain(alsoRated.Groups["what"].Value) is { } also && domains.Count == 0)
                {
                    domains = aspect is Aspects.Overall or Aspects.Summary ? [] : [aspect, also];
                }

                if (domains.Count >= 2 && !Aspects.IsOverallNear(after))
                {
                    subject = FigureSubject.Find(evidence) ?? documentSubject;
                    ratings.AddRange(domains.Select(d => new Rating(value, d, subject, evidence, paragraph.Index, start, start + grade.Length)));
                    continue;
                }

                ratings.Add(new Rating(value, aspect, subject, evidence, paragraph.Index, start, start + grade.Length));
            }
        }
    }

    /// <summary>"rated all three domains as Outstanding: A, B and C": every item of the list must be a domain.</summary>
    private static List<string> DomainList(string list)
    {
        var domains = new List<string>();
        foreach (var item in ListItems(list).Where(i => i.Trim().Length > 0))
        {
            if (Aspects.HeadDomain(item) is not { } domain || ClauseWord().IsMatch(item)
                || (item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxListItemWords && !StartsWithDomain(item)))
            {
                return [];
            }

            if (!domains.Contains(domain))
            {
                domains.Add(domain);
            }
        }

        return domains;
    }

    [GeneratedRegex(@"^[”""’']?\s*(?::|\s[–—-]\s)\s*(?<list>[^.;:()]{3,200}?)[.!]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfter();

    /// <summary>"Leadership was rated Good, as was the PDU’s work in court."</summary>
    [GeneratedRegex(@"^[”""’']?\s*,?\s*(?:as|and\s+so)\s+(?:was|were|is|are)\s+(?<what>[^,.;:()]{3,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlsoRated();

    /// <summary>The domains of a list sharing one grade, read back from the grade until an item is not a domain.</summary>
    private static List<string> SharedDomains(string before)
    {
        var shared = SharedGrade().Match(before);
        var domains = new List<string>();
        if (!shared.Success)
        {
            return domains;
        }

        var items = ListItems(shared.Groups["list"].Value).Where(i => i.Trim().Length > 0).Reverse();
        foreach (var item in items)
        {
            // The item holding the verb ("inspectors rated assessment") opens the list; only the words after the verb count.
            var verb = ListHead().Match(item);
            var words = verb.Success ? item[(verb.Index + verb.Length)..] : item;
            var domain = Aspects.HeadDomain(words);
            if (domain is null || (words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxListItemWords && !StartsWithDomain(words)))
            {
                break;
            }

            if (!domains.Contains(domain))
            {
                domains.Insert(0, domain);
            }

            if (verb.Success)
            {
                break;
            }
        }

        return domains;
    }

    /// <summary>List items split at commas and "and", keeping two-part names whole ("information and facilities").</summary>
    private static IEnumerable<string> ListItems(string list) =>
        ListSeparator().Split(CompoundName().Replace(list, m => m.Value.Replace(' ', '_')))
            .Select(item => item.Replace('_', ' '));

    [GeneratedRegex(@"\b(?:information\s+and\s+facilities|implementation\s+and\s+delivery|governance\s+and\s+leadership|partnerships\s+and\s+services|policy\s+and\s+provision)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompoundName();

    /// <summary>An item that is a clause, not a name: "rating assessment", "found leadership to be".</summary>
    [GeneratedRegex(@"\b(?:rat(?:ed|ing)|judg(?:ed|ing)|as|was|were|is|are|gave|given|found|finding|with|while|but|to\s+be)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseWord();

    private static bool StartsWithDomain(string item) =>
        Aspects.HeadDomain(string.Join(' ', item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))) is not null;

    private static bool IsRating(Match match, string before, string after, int scopeStart)
    {
        var isPhrase = match.Groups["grade"].Value.Contains(' ', StringComparison.Ordinal);
        if ((isPhrase ? RatingContext.ScoreAfter().IsMatch(after) : !RatingContext.AllowedAfter().IsMatch(after)) || RatingContext.GradeListAfter().IsMatch(after)
            || RatingContext.GradeListBefore().IsMatch(before) || RatingContext.ScoreBefore().IsMatch(before))
        {
            return false;
        }

        if (Grades.IsMarked(match) && RatingContext.OpenBracketBefore().IsMatch(before) && after.TrimStart().StartsWith(')')
            && Aspects.Domain(TextWindow.Tail(before, 40)) is not null)
        {
            return true;
        }

        // Negations and hypotheticals reach back to the previous grade only: "none was rated Outstanding and only one was rated Good".
        var near = TextWindow.Tail(before[scopeStart..], HypotheticalWindow);
        if (RatingContext.Hypothetical().IsMatch(near))
        {
            return false;
        }

        if (!Grades.IsMarked(match))
        {
            return RatingContext.StrictBefore().IsMatch(before);
        }

        var window = TextWindow.Tail(before, TriggerWindow);
        return RatingContext.Trigger().IsMatch(window) || RatingContext.RatingNounAfter().IsMatch(after);
    }

    /// <summary>The clause before the grade; "Staff – Inadequate" keeps its label before the dash.</summary>
    private static string ClauseOf(string before)
    {
        var text = before.TrimEnd(' ', '–', '—', '-', ':', '“', '"', '‘', '\'');
        var breaks = Aspects.ClauseBreak().Matches(text);
        return breaks.Count == 0 ? text : text[(breaks[^1].Index + 1)..];
    }
}
