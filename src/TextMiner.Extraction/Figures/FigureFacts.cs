using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// One record per fact: within a document, figures of the same kind and value for the same subject (a headline and
/// its body sentence) are one figure, kept at its clearest mention: the most confident, else the first outside the
/// opening paragraph, else the first.
/// </summary>
internal static class FigureFacts
{
    public static List<Figure> Merge(List<Figure> figures)
    {
        if (figures.Count < 2)
        {
            return figures;
        }

        var best = new Dictionary<(string Kind, double Value, string Subject), int>();
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var key = (figure.Kind, figure.Value, figure.Subject?.Trim().ToUpperInvariant() ?? "");
            if (!best.TryGetValue(key, out var kept) || Clearer(figure, figures[kept]))
            {
                best[key] = i;
            }
        }

        if (best.Count == figures.Count)
        {
            return figures;
        }

        var keep = new HashSet<int>(best.Values);
        return [.. figures.Where((_, i) => keep.Contains(i))];
    }

    private static bool Clearer(Figure candidate, Figure kept) =>
        candidate.Confidence > kept.Confidence || (candidate.Confidence == kept.Confidence && kept.Paragraph == 0 && candidate.Paragraph > 0);
}
