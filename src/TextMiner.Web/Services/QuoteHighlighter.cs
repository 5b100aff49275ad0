using TextMiner.Search;

namespace TextMiner.Web.Services;

/// <summary>
/// A quote card shows the whole quote, not the index's cut snippet: the words the snippet highlights are found again
/// in the full text (whole words, any case).
/// </summary>
internal static class QuoteHighlighter
{
    public static IReadOnlyList<HighlightSpan> Spread(string text, Snippet snippet)
    {
        var terms = snippet.Highlights
            .Where(h => h.Start >= 0 && h.End <= snippet.Text.Length && h.Length > 0)
            .Select(h => snippet.Text.Substring(h.Start, h.Length))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ToList();
        var taken = new bool[text.Length];
        var spans = new List<HighlightSpan>();
        foreach (var term in terms)
        {
            var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + term.Length;
                if (IsBoundary(text, at - 1) && IsBoundary(text, end) && !taken.AsSpan(at, term.Length).Contains(true))
                {
                    taken.AsSpan(at, term.Length).Fill(true);
                    spans.Add(new HighlightSpan(at, term.Length));
                }

                at = text.IndexOf(term, end, StringComparison.OrdinalIgnoreCase);
            }
        }

        return spans.OrderBy(s => s.Start).ToList();
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
