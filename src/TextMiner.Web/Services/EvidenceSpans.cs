using TextMiner.Core.Records;

namespace TextMiner.Web.Services;

/// <summary>
/// Where a finding's evidence sits in its paragraph: the stored offsets when they fit the text, otherwise the evidence
/// found again in the paragraph, otherwise nowhere (the finding is still listed, just not marked).
/// </summary>
internal static class EvidenceSpans
{
    public static (int Start, int End)? Locate(string paragraph, Evidence place, string? words)
    {
        if (place.Length > 0 && place.Start < paragraph.Length)
        {
            return (place.Start, Math.Min(place.End, paragraph.Length));
        }

        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var trimmed = words.Trim();
        var at = paragraph.IndexOf(trimmed, StringComparison.Ordinal);
        return at >= 0 ? (at, at + trimmed.Length) : null;
    }
}
