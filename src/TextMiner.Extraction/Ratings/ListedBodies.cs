using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// Named bodies sharing one grade as the subject (or object) of its rating verb: "Both Kelby and Ashford PDUs were rated",
/// "Kelby PDU and Ashford PDU were judged", "the Kelby, Ashford and Barrow PDUs have all been rated", "rated Kelby PDU
/// and Ashford PDU as". Each body is one
/// overall rating; domains listed the same way ("Leadership and Staff were rated") are not bodies.
/// </summary>
internal static partial class ListedBodies
{
    private const string Name = @"[A-Z][\w’'&-]*(?:\s+(?:upon\s+|on\s+|&\s+|of\s+)?[A-Z][\w’'&-]*){0,3}";

    private const string Head = @"PDU|YOT|YOS|YJS|CRC|Probation\s+Delivery\s+Unit|Youth\s+(?:Justice|Offending)\s+(?:Service|Team)";

    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?:and|while|whilst|but|whereas|that|after|as)\s+)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?(?<names>" + Name + @"(?:\s+(?:" + Head + @"))?(?:\s*,\s*" + Name + @"(?:\s+(?:" + Head + @"))?)*\s*,?\s+and\s+" + Name + @"(?:\s+(?:" + Head + @"))?)(?:\s+(?<head>(?:" + Head + @")s|(?:probation\s+delivery\s+|probation\s+|youth\s+(?:justice|offending)\s+)?(?:services|units|teams|regions|divisions)))?\s+(?:were|are|have|had)\s+(?:(?:both|all|each|also|now|again|since|been|being|subsequently|jointly)\s+){0,3}(?:rated|judged|graded|assessed|found|deemed|given|awarded)\b[^,;.]{0,30}$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Subject();

    /// <summary>"Inspectors rated Marsh Lane PDU and Eastgate PDU as Inadequate": the bodies as the rating verb's object.</summary>
    [GeneratedRegex(@"\b(?:rated|judged|graded|assessed|deemed|found|rates|judges|grades|assesses)\s+(?:[Bb]oth\s+)?(?:[Tt]he\s+)?(?<names>" + Name + @"(?:\s+(?:" + Head + @"))?(?:\s*,\s*" + Name + @"(?:\s+(?:" + Head + @"))?)*\s*,?\s+and\s+" + Name + @"(?:\s+(?:" + Head + @"))?)(?:\s+(?<head>(?:" + Head + @")s|(?:probation\s+delivery\s+|probation\s+|youth\s+(?:justice|offending)\s+)?(?:services|units|teams|regions|divisions)))?\s+(?:both\s+|all\s+)?(?:as|to\s+be)\s*[“""‘']?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Object();

    /// <summary>
    /// "Both units were rated", "the two services have each been judged": two bodies the text has named before, each with
    /// its own overall grade (a larger count, "all four regions", is a plural summary).
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?i:and|while|whilst|but|whereas|that|so)\s+)(?:(?i:both)\s+(?:the\s+|these\s+|those\s+)?|(?i:the|these|those)\s+two\s+)(?:[\w-]+\s+){0,3}?(?:PDUs|YOTs|YOSs|YJSs|CRCs|units|services|teams|regions|divisions|providers)\s+(?:were|are|have|had)\s+(?:(?:both|each|also|now|again|since|been|subsequently)\s+){0,3}(?:rated|judged|graded|assessed|deemed|given|awarded|found)\b[^,;.]{0,30}$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pair();

    [GeneratedRegex(@"\b(?:" + Head + @")$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithHead();

    [GeneratedRegex(@"\s+(?:PDUs|YOTs|YOSs|YJSs|CRCs)$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralHead();

    [GeneratedRegex(@"\s*,\s*|\s*,?\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:The|This|That|It|Its|Inspectors?|HMIP|Overall|Both|All|Each|Every|One|None|He|She|They|We|There|But|And|However|Most|Some|Other|Many|Probation|Youth)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotName();

    /// <summary>The bodies <paramref name="before"/> names as sharing the grade after it, or an empty list.</summary>
    public static IReadOnlyList<string> Find(string before)
    {
        var match = Subject().Match(before);
        if (!match.Success)
        {
            match = Object().Match(before);
        }

        if (!match.Success)
        {
            return [];
        }

        var head = match.Groups["head"].Success ? Singular(match.Groups["head"].Value) : null;
        var names = Separator().Split(match.Groups["names"].Value.Trim()).Where(n => n.Length > 0).ToList();
        if (head is null && names.Count > 0 && PluralHead().Match(names[^1]) is { Success: true } plural)
        {
            // "Kelby, Ashford and Barrow PDUs": the plural head was read as part of the last name.
            head = Singular(plural.Value.TrimStart());
            names[^1] = names[^1][..plural.Index];
        }

        if (names.Count < 2 || names.Any(n => NotName().IsMatch(n) || Aspects.Domain(n) is not null))
        {
            return [];
        }

        return names.Select(n => head is null || EndsWithHead().IsMatch(n) ? n : $"{n} {head}").ToList();
    }

    /// <summary>Whether <paramref name="before"/> gives the grade after it to both of two bodies it does not name.</summary>
    public static bool IsUnnamedPair(string before) => Pair().IsMatch(before);

    private static string Singular(string head) => head[..^1];
}
