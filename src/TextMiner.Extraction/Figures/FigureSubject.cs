using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Figures;

/// <summary>The body or place a figure is about, where the sentence names one ("the London division", "in Wales").</summary>
internal static partial class FigureSubject
{
    [GeneratedRegex(@"\b(?:the\s+)?((?:[A-Z][\w’'&-]+\s+){1,4}(?:division|PDU|CRC|region|Probation\s+Delivery\s+Unit|Probation\s+Service|Community\s+Rehabilitation\s+Company)(?:\s+of\s+the\s+(?:NPS|National\s+Probation\s+Service))?|(?:the\s+)?(?:NPS|National\s+Probation\s+Service|Probation\s+Service))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    [GeneratedRegex(@"\b(?:in|across)\s+((?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:[A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"^(?:The|This|That|These|Those|Each|Every|Our|Its|Their|A|An|One)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Determiner();

    public static string? Find(string sentence)
    {
        var body = Body().Match(sentence);
        if (body.Success)
        {
            var name = Determiner().Replace(body.Groups[1].Value.Trim(), string.Empty);
            return name.Contains(' ', StringComparison.Ordinal) || name is "NPS" ? name : null;
        }

        var place = Place().Match(sentence);
        return place.Success ? place.Groups[1].Value : null;
    }
}
