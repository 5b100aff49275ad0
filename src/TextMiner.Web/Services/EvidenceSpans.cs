namespace TextMiner.Web.Services;

/// <summary>
/// Where a finding's evidence sits in its paragraph: the stored offsets when they fit the text, otherwise the evidence
/// found again in the paragraph, otherwise nowhere (the finding is still listed, just not marked).
/// </summary>
internal static class EvidenceSpans
{
    public static (int Start, int End)? Locate(string paragraph, int start, int end, string? evidence)
    {
        if (start >= 0 && end > start && start < paragraph.Length)
        {
            return (start, Math.Min(end, paragraph.Length));
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            return null;
        }

        var trimmed = evidence.Trim();
        var at = paragraph.IndexOf(trimmed, StringComparison.Ordinal);
        return at >= 0 ? (at, at + trimmed.Length) : null;
    }
}
