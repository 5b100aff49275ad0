using TextMiner.Core.Records;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// One record per fact: within a document, a figure of the same kind and value for the same subject stated again in
/// another paragraph (a headline and its body sentence) is one figure, kept at its clearest mention: the more
/// confident, else the one outside the opening paragraph. Mentions in one paragraph are separate facts ("caseloads of
/// 10 in one team and 10 in another"), and a figure without a subject is merged only with the opening paragraph's.
/// </summary>
internal static class FigureFacts
{
    public static List<Figure> Merge(List<Figure> figures)
    {
        if (figures.Count < 2)
        {
            return figures;
        }

        var first = new Dictionary<(string Kind, double Value, string Subject), int>();
        var dropped = new bool[figures.Count];
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            var subject = figure.Subject?.Trim().ToUpperInvariant();
            var key = (figure.Kind, figure.Value, subject ?? "");
            if (!first.TryGetValue(key, out var kept))
            {
                first[key] = i;
                continue;
            }

            var earlier = figures[kept];
            if (earlier.Evidence.Paragraph == figure.Evidence.Paragraph || (subject is null && earlier.Evidence.Paragraph != 0))
            {
                continue;
            }

            if (Clearer(figure, earlier))
            {
                dropped[kept] = true;
                first[key] = i;
            }
            else
            {
                dropped[i] = true;
            }
        }

        return [.. figures.Where((_, i) => !dropped[i])];
    }

    private static bool Clearer(Figure candidate, Figure kept) =>
        candidate.Confidence > kept.Confidence || (candidate.Confidence == kept.Confidence && kept.Evidence.Paragraph == 0);
}
