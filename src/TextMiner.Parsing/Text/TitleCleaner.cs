using System.Text.RegularExpressions;

namespace TextMiner.Parsing.Text;

/// <summary>Strips site-name suffixes (" | Napo", " - HM Inspectorate of Probation") and PDF producer noise from titles.</summary>
internal static partial class TitleCleaner
{
    private static readonly string[] SiteWords =
    [
        "napo", "inspectorate", "justice inspectorates", "hmi probation", "hmip", "gov.uk", "the justice gap",
    ];

    [GeneratedRegex(@"\s+(?:\||-|–|—|::|·|»)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:microsoft (?:word|powerpoint) - )|(?:\.(?:docx?|pdf|pptx?|indd))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProducerNoise();

    public static string Clean(string? title)
    {
        var text = TextNormalizer.Normalize(title);
        if (text.Length == 0)
        {
            return "";
        }

        text = ProducerNoise().Replace(text, "").Trim();
        // Cut trailing " | Site" parts one at a time, keeping the separators inside the real title as written.
        while (Separator().Matches(text) is { Count: > 0 } separators)
        {
            var last = separators[^1];
            if (last.Index == 0 || !IsSiteName(text[(last.Index + last.Length)..]))
            {
                break;
            }

            text = text[..last.Index].Trim();
        }

        return text;
    }

    private static bool IsSiteName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && SiteWords.Any(w => part.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
