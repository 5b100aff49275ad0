using TextMiner.Core.Records;

namespace TextMiner.Parsing;

/// <summary>Decides a document's kind: hints, then the location, then the title and opening lines, then the layout.</summary>
internal static class KindClassifier
{
    public static string Classify(RawDocument raw, string title, IReadOnlyList<Paragraph> paragraphs, string? layoutSignal)
    {
        if (!string.IsNullOrWhiteSpace(raw.Hints?.Kind))
        {
            return raw.Hints.Kind;
        }

        var location = raw.Location.Replace('\\', '/').ToLowerInvariant();
        var lowerTitle = title.ToLowerInvariant();
        var opening = string.Join(" ", paragraphs.Take(3).Select(p => p.Text)).ToLowerInvariant();
        if (opening.Length > 600)
        {
            opening = opening[..600];
        }

        if (layoutSignal == DocumentKinds.PressRelease || location.Contains("/press-release", StringComparison.Ordinal) || location.Contains("/press_release", StringComparison.Ordinal)
            || ContainsAny(lowerTitle, "press release", "press statement", "media release")
            || ContainsAny(opening, "press release", "press statement", "for immediate release", "immediate release"))
        {
            return DocumentKinds.PressRelease;
        }

        if (ContainsAny(lowerTitle, "annual report") || location.Contains("annual-report", StringComparison.Ordinal))
        {
            return DocumentKinds.AnnualReport;
        }

        if (ContainsAny(lowerTitle, "thematic") || location.Contains("thematic", StringComparison.Ordinal)
            || ContainsAny(opening, "thematic inspection", "thematic review", "thematic report"))
        {
            return DocumentKinds.ThematicReport;
        }

        if (location.Contains("/inspections/", StringComparison.Ordinal) || layoutSignal == DocumentKinds.InspectionReport
            || lowerTitle.StartsWith("inspection of ", StringComparison.Ordinal)
            || lowerTitle.StartsWith("an inspection of ", StringComparison.Ordinal))
        {
            return DocumentKinds.InspectionReport;
        }

        if (location.Contains("napomagazine", StringComparison.Ordinal))
        {
            return DocumentKinds.MagazineArticle;
        }

        if (location.Contains("napo.org.uk/news", StringComparison.Ordinal) || (location.Contains("napo.org.uk/", StringComparison.Ordinal) && location.Contains("/news/", StringComparison.Ordinal)))
        {
            return DocumentKinds.News;
        }

        return location.Contains("blog", StringComparison.Ordinal) ? DocumentKinds.Blog : DocumentKinds.Document;
    }

    private static bool ContainsAny(string text, params string[] needles) =>
        needles.Any(n => text.Contains(n, StringComparison.Ordinal));
}
