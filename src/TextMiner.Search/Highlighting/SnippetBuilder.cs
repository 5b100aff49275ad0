using System.Text;

namespace TextMiner.Search.Highlighting;

/// <summary>
/// Cuts the window of a text with the most (and most varied) matches, widened to word or sentence boundaries,
/// with whitespace collapsed and "…" where the text was cut; the spans are moved into the snippet's coordinates.
/// </summary>
internal static class SnippetBuilder
{
    public const int DefaultLength = 240;
    public const string Ellipsis = "…";

    public static Snippet Build(string text, IReadOnlyList<TextMatch> matches, int maxLength = DefaultLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Snippet.Empty;
        }

        var (first, last) = BestWindow(matches, maxLength);
        var matchStart = first < 0 ? 0 : matches[first].Start;
        var matchEnd = first < 0 ? 0 : matches[last].End;
        var slack = Math.Max(0, maxLength - (matchEnd - matchStart));
        var start = SnapStart(text, Math.Max(0, matchStart - (first < 0 ? 0 : Math.Min(slack / 2, maxLength / 3))), matchStart, maxLength / 4);
        var end = SnapEnd(text, Math.Min(text.Length, Math.Max(matchEnd, start + maxLength)), Math.Max(matchEnd, start));
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return Render(text, start, end, matches, first, last);
    }

    /// <summary>The first and last match of the best window, or (-1, -1) when there are none.</summary>
    private static (int First, int Last) BestWindow(IReadOnlyList<TextMatch> matches, int maxLength)
    {
        var best = (First: -1, Last: -1);
        var bestScore = -1;
        var clauses = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            var last = i;
            while (last + 1 < matches.Count && matches[last + 1].End - matches[i].Start <= maxLength)
            {
                last++;
            }

            clauses.Clear();
            for (var j = i; j <= last; j++)
            {
                clauses.Add(matches[j].Clause);
            }

            var score = (clauses.Count * 1000) + (last - i + 1);
            if (score > bestScore)
            {
                bestScore = score;
                best = (i, last);
            }
        }

        return best;
    }

    private static int SnapStart(string text, int start, int limit, int lookBack)
    {
        if (start == 0)
        {
            return 0;
        }

        // Prefer a sentence start: one shortly before the window (a little longer snippet reads better than a
        // sentence cut by a few words), else the first one inside it before the match.
        for (var i = start; i >= Math.Max(0, start - lookBack); i--)
        {
            if (i == 0 || IsSentenceStart(text, i))
            {
                return i;
            }
        }

        for (var i = start; i < limit; i++)
        {
            if (IsSentenceStart(text, i))
            {
                return i;
            }
        }

        if (char.IsWhiteSpace(text[start - 1]))
        {
            return start;
        }

        var next = start;
        while (next < limit && !char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next < limit ? next + 1 : BackToWordStart(text, start);
    }

    private static bool IsSentenceStart(string text, int i) =>
        i >= 2 && !char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1])
        && (text[i - 2] is '.' or '?' or '!' or '\n' || (text[i - 1] == '\n'));

    private static int BackToWordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int SnapEnd(string text, int end, int minimum)
    {
        if (end >= text.Length || char.IsWhiteSpace(text[end]) || char.IsWhiteSpace(text[end - 1]))
        {
            return end;
        }

        var back = end;
        while (back > minimum && !char.IsWhiteSpace(text[back - 1]))
        {
            back--;
        }

        if (back > minimum)
        {
            return back;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The text from start to end, whitespace collapsed; the spans of matches first..last that lie inside it.</summary>
    private static Snippet Render(string text, int start, int end, IReadOnlyList<TextMatch> matches, int first, int last)
    {
        var output = new StringBuilder((end - start) + 4);
        if (start > 0)
        {
            output.Append(Ellipsis).Append(' ');
        }

        var map = new int[end - start + 1];
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (output.Length > 0 && output[^1] == ' ')
                {
                    map[i - start] = output.Length - 1;
                    continue;
                }

                c = ' ';
            }

            map[i - start] = output.Length;
            output.Append(c);
        }

        map[end - start] = output.Length;
        var spans = new List<HighlightSpan>(first < 0 ? 0 : last - first + 1);
        for (var i = first; i >= 0 && i <= last; i++)
        {
            var m = matches[i];
            if (m.Start >= start && m.End <= end)
            {
                spans.Add(new HighlightSpan(map[m.Start - start], map[m.End - 1 - start] + 1 - map[m.Start - start]));
            }
        }

        if (end < text.Length)
        {
            output.Append(' ').Append(Ellipsis);
        }

        return new Snippet(output.ToString(), spans);
    }
}
