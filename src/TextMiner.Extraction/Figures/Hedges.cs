using System.Text.RegularExpressions;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// The hedges (<see cref="FigurePatterns.Mods"/>: "some", "more than", "an average of") written just before a number,
/// found once per number instead of inside every left pattern. A left pattern that used to end <c>{Mods}$</c> ends
/// <see cref="FigurePatterns.BeforeHedges"/> instead and is tried right to left from each of <see cref="Starts"/>: the
/// same texts match (the hedges use no anchors or lookarounds, so where they may start depends only on the text after
/// that point), and the generated matchers are a fraction of the size. Each copy of the hedge alternation was about
/// 30 KB of IL compiled at start-up (docs/performance.md, "Seventh pass").
/// </summary>
internal static partial class Hedges
{
    /// <summary>
    /// No hedge run has more characters other than white space than this: three hedges ({0,3}), the longest of them
    /// "somewhere between" (16).
    /// </summary>
    private const int MaxHedgeLetters = 3 * 16;

    /// <summary>
    /// The positions where a run of zero to three hedges ending at the end of <paramref name="text"/> may start: the end
    /// itself, then every earlier position from which the rest is hedges. As with <c>$</c>, an end just before a final
    /// newline counts too.
    /// </summary>
    public static int[] Starts(ReadOnlySpan<char> text)
    {
        var starts = new List<int>(4);
        AddStarts(text, text.Length, starts);
        if (text.Length > 0 && text[^1] == '\n')
        {
            AddStarts(text, text.Length - 1, starts);
        }

        return [.. starts];
    }

    /// <summary>Whether <paramref name="beforeHedges"/> (right to left, ending <c>\G</c>) matches up to one of <paramref name="starts"/>.</summary>
    public static bool MatchesBefore(Regex beforeHedges, ReadOnlySpan<char> text, int[] starts)
    {
        foreach (var start in starts)
        {
            if (beforeHedges.IsMatch(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="beforeHedges"/> matches the text with its hedges: what <c>pattern{Mods}$</c> matched.</summary>
    public static bool Match(Regex beforeHedges, ReadOnlySpan<char> text) => MatchesBefore(beforeHedges, text, Starts(text));

    private static void AddStarts(ReadOnlySpan<char> text, int end, List<int> starts)
    {
        if (!starts.Contains(end))
        {
            starts.Add(end);
        }

        // A hedge ends with white space and starts with a letter: only such starts are tried, nearest first.
        if (end == 0 || !char.IsWhiteSpace(text[end - 1]))
        {
            return;
        }

        var letters = 0;
        for (var start = end - 1; start >= 0; start--)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                continue;
            }

            if (++letters > MaxHedgeLetters)
            {
                return;
            }

            if (Whole().IsMatch(text[start..end]) && !starts.Contains(start))
            {
                starts.Add(start);
            }
        }
    }

    [GeneratedRegex(@"^" + Mods + @"\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Whole();
}
