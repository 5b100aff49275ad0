using System.Text.RegularExpressions;
using TextMiner.Extraction.Figures;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// The inspected body a grade belongs to: the body named nearest before the grade ("Kirklees PDU (also rated
/// ‘Inadequate’)"), else one the sentence names, else the body the document is about (so "the service" and "it" resolve
/// to the body of the title).
/// </summary>
internal static partial class RatingSubject
{
    private const int BodyWindow = 160;

    [GeneratedRegex(@"\b((?:[A-Z][\w’'&-]*\s+(?:and\s+)?){1,5}(?i:Probation\s+Delivery\s+Unit|Probation\s+Service|Community\s+Rehabilitation\s+Company|Youth\s+(?:Justice|Offending)\s+(?:Service|Team)|probation\s+service|division|region|PDU|CRC|YOS|YJS|YOT|(?-i:service|team|unit))(?:\s+of\s+the\s+(?:NPS|National\s+Probation\s+Service))?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    [GeneratedRegex(@"^(?:The|This|That|These|Those|Each|Every|Our|Its|Their|A|An|One|But|And|Now|So|In|Meanwhile)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    /// <summary>The body in <paramref name="title"/>, or the place it names: what "the service" means in this document.</summary>
    public static string? OfDocument(string title) => Nearest(title) ?? FigureSubject.Find(title);

    /// <summary>The body named in the sentence for a grade, nearest before it first; null when the sentence names none.</summary>
    public static string? Explicit(string before, string sentence) =>
        Nearest(TextWindow.Tail(before, BodyWindow)) ?? NamedSubject(TextWindow.Tail(before, BodyWindow)) ?? FigureSubject.Find(sentence);

    /// <summary>Whether <paramref name="text"/> ends with a body's name ("… Linwood PDU (").</summary>
    public static bool EndsWithBody(string text)
    {
        var tail = TextWindow.Tail(text.TrimEnd(' ', '('), 80);
        var bodies = Body().Matches(tail);
        return bodies.Count > 0 && bodies[^1].Index + bodies[^1].Length == tail.Length;
    }

    /// <summary>"York was also rated", "Leeds has been judged": a proper name as the subject of the rating verb.</summary>
    private static string? NamedSubject(string before)
    {
        var match = NamedRatedSubject().Match(before);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return NotBody().IsMatch(name) || Aspects.Domain(name) is not null ? null : name;
    }

    [GeneratedRegex(@"(?:^|[,;:]\s+|\b(?:and|while|whilst|but|whereas)\s+)(?<name>[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,4})\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|now\s+|again\s+)?(?:one\s+of\s+[^,;.]{0,60}?\s+(?:to\s+be\s+|to\s+have\s+been\s+)?)?(?:rated|judged|graded)\s+(?:as\s+)?[“""‘']?$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedRatedSubject();

    [GeneratedRegex(@"^(?:The|This|That|It|Its|Inspectors?|HMIP|Overall|Leadership|Staff|Staffing|Work|Each|Every|One|None|All|Both|He|She|They|We|There|Here|Now|But|And|However)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotBody();

    private static string? Nearest(string text)
    {
        var bodies = Body().Matches(text);
        if (bodies.Count == 0)
        {
            return null;
        }

        var name = bodies[^1].Groups[1].Value.Trim();
        while (Opener().Match(name) is { Success: true } opener)
        {
            name = name[opener.Length..];
        }

        // "probation service" alone is no name; "Kirklees PDU" and "Probation Service" are.
        return name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0]) ? name : null;
    }
}
