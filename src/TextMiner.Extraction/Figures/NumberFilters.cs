using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Figures;

/// <summary>Numbers that are never staffing figures: years, dates, times, phone numbers, page and section numbers.</summary>
internal static partial class NumberFilters
{
    [GeneratedRegex(@"(?:\b(?:page|pages|p\.|pp\.|paragraph|paras?\.?|section|chapter|figure|fig\.|table|annex|appendix|recommendation|no\.|number|standard|domain|tier|band|phase|step|article|rule|part|version|room|floor|unit|box)\s*|\d\s|" + FigurePatterns.Month + @"\.?\s+|[£$€#]\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ExcludedLeft();

    [GeneratedRegex(@"^(?:\s*(?:st|nd|rd|th)?\s*(?:of\s+)?" + FigurePatterns.Month + @"\b|[:.]\d|\s*(?:am|pm|a\.m\.|p\.m\.)\b|\s+\d{3,}|\s*(?:bn|billion|years?|months?|weeks?|days?|hours?|minutes?|miles?|km|pounds)\b|-?(?:year|month|week|day|hour)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludedRight();

    [GeneratedRegex(@"^\s+(?:vacancies|vacant|unfilled|staff|officers|offenders|people|posts|cases|probation|practitioners)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountNoun();

    [GeneratedRegex(@"^\s*of\s+(?:the\s+|all\s+|those\s+|these\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:cases|case\s+files|inspected|sampled?|those\s+(?:we\s+)?inspected)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfCases();

    public static bool IsExcluded(string text, NumberMention mention)
    {
        var left = text.AsSpan(Math.Max(0, mention.Start - 40), Math.Min(40, mention.Start));
        var right = text.AsSpan(mention.End);
        if (ExcludedLeft().IsMatch(left) || ExcludedRight().IsMatch(right))
        {
            return true;
        }

        if (mention.IsPercent && OfCases().IsMatch(right))
        {
            return true;
        }

        var literal = text.AsSpan(mention.Start, mention.End - mention.Start);
        if (!mention.IsWords && literal.Length >= 4 && literal[0] == '0')
        {
            return true;
        }

        var isYear = !mention.IsPercent && !mention.IsWords && literal.Length == 4 && mention.Value is >= 1900 and <= 2099;
        return isYear && !CountNoun().IsMatch(right);
    }
}
