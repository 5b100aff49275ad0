using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Figures;

/// <summary>Numbers that are never staffing figures: years, dates, times, phone numbers, page and section numbers.</summary>
internal static partial class NumberFilters
{
    [GeneratedRegex(@"(?:\b(?:page|pages|p\.|pp\.|paragraph|paras?\.?|section|chapter|figure|fig\.|table|annex|appendix|recommendation|no\.|number|standard|domain|tier|band|phase|step|article|rule|part|version|room|floor|unit|box|question|q|month|week|year|day|motion|item|session|point)\s*|\d\s|\b" + FigurePatterns.Month + @"\.?\s+|[£$€#]\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ExcludedLeft();

    [GeneratedRegex(@"^(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + FigurePatterns.Month + @"\b|[:.]\d|\s*(?:am|pm|a\.m\.|p\.m\.)\b|\s+\d{3,}|\s*(?:bn|billion|years?|months?|weeks?|days?|hours?|minutes?|miles?|km|pounds)\b|-?(?:year|month|week|day|hour)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRight();

    [GeneratedRegex(@"^\s+(?:vacancies|vacant|unfilled|staff|officers|offenders|people|posts|cases|probation|practitioners)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountNoun();

    [GeneratedRegex(@"^\s*of\s+(?:the\s+|all\s+|those\s+|these\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:cases|case\s+files|inspected|sampled?|those\s+(?:we\s+)?inspected)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfCases();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:the\s+|those\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|respondents|members|practitioners|people|employees|colleagues|those)\s+(?:we\s+|who\s+|(?:the\s+)?inspectors\s+|they\s+)?(?:(?:surveyed|spoke\s+to|interviewed|responded|replied|asked|took\s+part)\s+)?(?:told|said|say|reported|report|responded|felt|feel|believed|believe|agreed|agree|thought|think|described|rated|considered|consider|expressed|planned|plan)\b|^\s*(?:of\s+(?:them|those|respondents)\s+)?(?:said|say|told|reported|felt|described|agreed|thought|planned)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurveyShare();

    [GeneratedRegex(@"\b(?:capacity|WMT|workload\s+measurement|over-?worked|\d+\s*(?:%|per\s?cent))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CapacityWords();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+)?cases\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CasesAfter();

    [GeneratedRegex(@"\b(?:sample[sd]?|inspected|examined|we\s+read|read\s+a|reviewed|looked\s+at|audited)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InspectionSample();

    private static string SentenceBefore(string text, int position)
    {
        var from = Math.Max(0, position - RightChars);
        var start = position == 0 ? 0 : text.LastIndexOfAny(['.', '!', '?'], position - 1, position - from) + 1;
        return text[Math.Max(start, from)..position];
    }

    private const int RightChars = 300;

    /// <summary>"two-thirds (71 per cent) of those interviewed": what follows a number's restatement in brackets.</summary>
    private static ReadOnlySpan<char> AfterAside(ReadOnlySpan<char> right)
    {
        var trimmed = right.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == ')')
        {
            // The number was itself the restatement: "two-thirds (71 per cent) of those".
            return trimmed[1..];
        }

        var close = trimmed.Length > 0 && trimmed[0] == '(' ? trimmed[..Math.Min(trimmed.Length, 30)].IndexOf(')') : -1;
        return close > 0 ? trimmed[(close + 1)..] : right;
    }

    /// <summary>Where a footnote marker stands: at the start of its paragraph or just after a sentence ends.</summary>
    private static bool StartsNote(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        return before.Length == 0 || (before.Length < position && before[^1] is '.' or '!' or '?');
    }

    private static ReadOnlySpan<char> ClauseOf(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny('.', ';');
        var clause = end < 0 ? text : text[..end];
        foreach (var joint in (ReadOnlySpan<string>)[", and ", ", but ", ", while "])
        {
            var at = clause.IndexOf(joint, StringComparison.Ordinal);
            if (at >= 0)
            {
                clause = clause[..at];
            }
        }

        return clause;
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\.?\s+[A-Z][a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWordAfter();

    public static bool IsExcluded(string text, NumberMention mention)
    {
        var left = text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start));
        var right = text.AsSpan(mention.End, Math.Min(RightChars, text.Length - mention.End));
        if (ExcludedLeft().IsMatch(left) || ExcludedRight().IsMatch(right))
        {
            return true;
        }

        if (mention.IsPercent && OfCases().IsMatch(right))
        {
            return true;
        }

        if (!mention.IsPercent && CasesAfter().IsMatch(right) && InspectionSample().IsMatch(SentenceBefore(text, mention.Start)))
        {
            // "a sample of … never fewer than 40 cases": cases inspected, not anybody's caseload.
            return true;
        }

        var afterAside = AfterAside(right);
        if ((mention.IsPercent || mention.IsShare) && SurveyShare().IsMatch(afterAside) && !CapacityWords().IsMatch(ClauseOf(afterAside)))
        {
            // "70 per cent of staff told us their workload was unmanageable": an opinion survey, not a staffing figure.
            return true;
        }

        var literal = text.AsSpan(mention.Start, mention.End - mention.Start);
        if (SectionNumber().IsMatch(literal) && TitleWordAfter().IsMatch(right))
        {
            // "1.2 Staffing": a numbered heading, not 1.2 staff.
            return true;
        }

        if (literal.Length == 1 && char.IsAsciiDigit(literal[0]) && TitleWordAfter().IsMatch(right) && StartsNote(text, mention.Start))
        {
            // "1 Posts advertised but unfilled. 2 Vacancies as a share of posts.": footnote markers under a table, not counts.
            return true;
        }

        if (!mention.IsWords && literal.Length >= 4 && literal[0] == '0')
        {
            return true;
        }

        var isYear = !mention.IsPercent && !mention.IsWords && literal.Length == 4 && mention.Value is >= 1900 and <= 2099;
        return isYear && !CountNoun().IsMatch(right);
    }
}
