using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// The name of a thing in quote marks rather than somebody's words: an unattributed phrase without end punctuation
/// after "the report entitled", "a motion", "the thematic inspection" ("the report ‘Caseloads and the quality of
/// supervision in probation’").
/// </summary>
internal static partial class TitleOfWork
{
    private const int LeadChars = 60;

    [GeneratedRegex(@"\b(?:entitled|titled|called|named|headed|headlined|motion|motions|report|reports|inspection|review|thematic|paper|strategy|guidance|policy|bulletin|article|blog|podcast|campaign|session|workshop|book|film|programme|conference|theme|the\s+(?:first|second|third|fourth|last|other))\b[^.!?“”""‘’]{0,25}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\b(?:entitled|titled|called|named|headed|headlined)\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongLead();

    /// <summary>Named as a title outright ("the report, entitled ‘…’"), whoever might seem to say it.</summary>
    public static bool IsNamedTitle(string paragraphText, int open) =>
        StrongLead().IsMatch(paragraphText[Math.Max(0, open - LeadChars)..open]);

    public static bool IsTitle(string paragraphText, int open, string quoteText)
    {
        var trimmed = quoteText.TrimEnd();
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…')
        {
            return false;
        }

        var lead = paragraphText[Math.Max(0, open - LeadChars)..open];
        return Lead().IsMatch(lead) && !lead.TrimEnd().EndsWith(':');
    }
}
