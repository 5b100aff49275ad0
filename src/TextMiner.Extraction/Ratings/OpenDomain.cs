using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// An area outside the domain lexicon, named by a possessed noun phrase: "rated Good for its work with children",
/// "Its casework was judged Inadequate", "the quality of supervision was rated". Bodies, occasions and times are no
/// areas ("for the first time", "for the service", "in 2023").
/// </summary>
internal static partial class OpenDomain
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private const string Determiner = @"(?:its|their|the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s)\s+";

    private const string Area = @"(?<what>(?!" + NotArea + @")[a-z][\w-]*(?:\s+(?:of|with|on|to|for|in|and)?\s*(?!" + NotArea + @")[a-z][\w-]*){0,4}?)";

    private const string NotArea = @"(?:first|second|third|fourth|last|next|same|latest|previous|most|time|year|years|period|inspection|inspections|report|service|services|unit|team|area|region|division|provider|partnership|council|county|city|pdu|yjs|yos|people|children|staff|work|efforts?|way|whole|overall)\b";

    [GeneratedRegex(@"^[”’'""]?\s*for\s+" + Determiner + Area + @"\s*(?:$|[,.;:)–—]|\s(?:and|but|while|after|following|by|from|in|at)\b)", Options)]
    private static partial Regex ForArea();

    [GeneratedRegex(@"^\s*(?:(?:but|and|while|whilst|however)\s+)?(?:(?i:its|their)\s+|[Tt]he\s+(?:quality|standard)\s+of\s+(?:(?:its|their|the)\s+)?|(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s\s+)" + Area + @"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|again\s+)?(?:rated|judged|graded|assessed|found\s+to\s+be|deemed|considered)(?:\s+(?:as|to\s+be))?\s*$", Options)]
    private static partial Regex OwnedSubject();

    public static string? Find(string after, string clause)
    {
        var forArea = ForArea().Match(after);
        if (forArea.Success)
        {
            return forArea.Groups["what"].Value.Trim();
        }

        var owned = OwnedSubject().Match(clause);
        return owned.Success ? owned.Groups["what"].Value.Trim() : null;
    }
}
