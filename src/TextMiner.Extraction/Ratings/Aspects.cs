using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>What a rating is of: "overall", "summary" (plural summaries) or a named domain or standard.</summary>
internal static partial class Aspects
{
    public const string Overall = "overall";
    public const string Summary = "summary";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Domain)[] Domains =
    [
        (new Regex(@"\bout[- ]of[- ]court", Options), "out-of-court disposals"),
        (new Regex(@"\bcourts?\b|pre-sentence|sentencing\s+advice", Options), "court work"),
        (new Regex(@"\bvictims?\b", Options), "victim work"),
        (new Regex(@"\bunpaid\s+work|community\s+payback", Options), "unpaid work"),
        (new Regex(@"\baccredited\s+programmes?|interventions?\b", Options), "accredited programmes"),
        (new Regex(@"\bresettlement|through[- ]the[- ]gate|pre-release", Options), "resettlement"),
        (new Regex(@"\bleadership|leaders\b|governance", Options), "leadership"),
        (new Regex(@"\bpartnerships?|\bservices\b", Options), "services"),
        (new Regex(@"\binformation\s+and\s+facilities|facilities\b", Options), "information and facilities"),
        (new Regex(@"\bimplementation|delivery\b", Options), "implementation and delivery"),
        (new Regex(@"\bassessment", Options), "assessment"),
        (new Regex(@"\bplanning\b", Options), "planning"),
        (new Regex(@"\breviewing\b|\breviews?\b", Options), "reviewing"),
        (new Regex(@"\bstaff(?:ing)?\b", Options), "staff"),
        (new Regex(@"\bpublic\s+protection|risk\s+of\s+harm|keeping\s+(?:people|others)\s+safe", Options), "public protection"),
        (new Regex(@"\bcase\s+supervision|case\s+management", Options), "case supervision"),
    ];

    [GeneratedRegex(@"\boverall\b(?!\s*,)", Options)]
    private static partial Regex OverallWord();

    [GeneratedRegex(@"^\s*overall\s*,", Options)]
    private static partial Regex OverallDiscourse();

    [GeneratedRegex(@"\b(?:all|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|most|majority|none|half|remaining|other)\s+(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:\w+\s+)?)?(?:[\w-]+\s+)?(?:standards|areas|services|domains|aspects|elements|ratings|grades|categories|judgements|divisions|CRCs|PDUs|YOTs|inspections|providers|regions|of\s+them)\b",
        Options)]
    private static partial Regex PluralBefore();

    private const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|all|both|several|many|most|none|half|only\s+one|each)";

    [GeneratedRegex(@"(?:\b" + Count + @"\b[^,;.]{0,40}?\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:also\s+|now\s+)?(?:rated|judged|graded)\s+(?:as\s+)?|\brated\s+" + Count + @"\b[^,;.]{0,40}?\bas\s+|\b(?:and|but|while|with)\s+" + Count + @"\s+(?:\w+\s+)?as\s+)[“""‘']?$", Options)]
    private static partial Regex CountedGroup();

    [GeneratedRegex(@"^[”’'""]?\s*(?:in|for|across|on)\s+(?:all\s+|both\s+|each\s+of\s+|\w+\s+of\s+|most\s+of\s+)?(?:the\s+|its\s+)?(?:\w+\s+)?(?:standards|areas|domains|aspects|elements)\b",
        Options)]
    private static partial Regex PluralAfter();

    [GeneratedRegex(@"^[”’'""]?\s*(?:(?:rating|grade|judgement)\s+)?(?:for|in)\s+(?<what>[^,.;:()]{3,60})", Options)]
    private static partial Regex ForAfter();

    /// <summary>
    /// <paramref name="clause"/> is the sentence before the grade from its last clause break; <paramref name="after"/>
    /// the sentence after it.
    /// </summary>
    public static string Classify(string before, string clause, string after)
    {
        var afterNear = after.Length > 25 ? after[..25] : after;
        if (OverallWord().IsMatch(clause) || OverallDiscourse().IsMatch(before) || OverallWord().IsMatch(afterNear))
        {
            return Overall;
        }

        if (PluralBefore().IsMatch(clause) || PluralAfter().IsMatch(after) || CountedGroup().IsMatch(before.Length > 80 ? before[^80..] : before))
        {
            return Summary;
        }

        var forWhat = ForAfter().Match(after);
        return (forWhat.Success ? Domain(forWhat.Groups["what"].Value) : null) ?? Domain(clause) ?? Overall;
    }

    public static string? Domain(string text)
    {
        foreach (var (pattern, domain) in Domains)
        {
            if (pattern.IsMatch(text))
            {
                return domain;
            }
        }

        return null;
    }
}
