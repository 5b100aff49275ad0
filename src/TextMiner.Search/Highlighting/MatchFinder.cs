using System.Globalization;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Highlighting;

/// <summary>
/// Finds what a <see cref="HighlightPlan"/> matches in a stored text by analysing it again with the index's English
/// analyzer, so the offsets are the analyzer's own: "victims" matches the query term "victim", and a phrase is marked
/// only where its words stand in order (one span from its first word to its last). Only the plan's words are spelled
/// out as strings; other tokens come back with an empty term (no string made per word).
/// </summary>
internal static class MatchFinder
{
    public static IReadOnlyList<TextMatch> Find(string text, HighlightPlan plan)
    {
        if (plan.IsEmpty || text.Length == 0)
        {
            return [];
        }

        var tokens = Tokens.Analyse(SearchAnalyzers.English, IndexFields.Text, text, plan.Words);
        var matches = new List<TextMatch>();
        foreach (var token in tokens)
        {
            if (token.Term.Length > 0 && plan.Terms.Contains(token.Term))
            {
                matches.Add(new TextMatch(token.Start, token.End, token.Term));
            }
        }

        AddPatternMatches(text, plan, tokens, matches);
        for (var i = 0; i < plan.Phrases.Count; i++)
        {
            AddPhraseMatches(plan.Phrases[i], "phrase" + i.ToString(CultureInfo.InvariantCulture), tokens, matches);
        }

        return Merge(matches);
    }

    private static void AddPatternMatches(string text, HighlightPlan plan, IReadOnlyList<Token> tokens, List<TextMatch> matches)
    {
        if (plan.Patterns.Count == 0)
        {
            return;
        }

        foreach (var token in tokens)
        {
            var surface = text[token.Start..token.End].ToLowerInvariant();
            for (var i = 0; i < plan.Patterns.Count; i++)
            {
                if (plan.Patterns[i].Run(surface))
                {
                    matches.Add(new TextMatch(token.Start, token.End, "pattern" + i.ToString(CultureInfo.InvariantCulture)));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Each occurrence of the first word, with each later word at its nearest position within the slop: a binary search
    /// in that word's sorted positions, so a paragraph of thousands of repeats costs n log n, not n².
    /// </summary>
    private static void AddPhraseMatches(PhrasePattern phrase, string clause, IReadOnlyList<Token> tokens, List<TextMatch> matches)
    {
        var later = new Token[phrase.Terms.Count - 1][];
        var positions = new int[later.Length][];
        for (var i = 0; i < later.Length; i++)
        {
            later[i] = Occurrences(tokens, phrase.Terms[i + 1]);
            positions[i] = Array.ConvertAll(later[i], t => t.Position);
        }

        foreach (var first in Occurrences(tokens, phrase.Terms[0]))
        {
            var found = new List<Token> { first };
            for (var i = 1; i < phrase.Terms.Count; i++)
            {
                var nearest = Nearest(positions[i - 1], first.Position + phrase.Positions[i], phrase.Slop);
                if (nearest < 0)
                {
                    break;
                }

                found.Add(later[i - 1][nearest]);
            }

            if (found.Count != phrase.Terms.Count)
            {
                continue;
            }

            if (phrase.Slop == 0)
            {
                matches.Add(new TextMatch(found[0].Start, found[^1].End, clause));
            }
            else
            {
                matches.AddRange(found.Select(t => new TextMatch(t.Start, t.End, clause)));
            }
        }
    }

    /// <summary>The tokens spelling <paramref name="term"/>, in text order.</summary>
    private static Token[] Occurrences(IReadOnlyList<Token> tokens, string term)
    {
        var found = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Term.Length > 0 && string.Equals(token.Term, term, StringComparison.Ordinal))
            {
                found.Add(token);
            }
        }

        return [.. found];
    }

    /// <summary>The index of the position nearest <paramref name="expected"/> (the earlier on a tie) within the slop, or -1.</summary>
    private static int Nearest(int[] sorted, int expected, int slop)
    {
        var at = Array.BinarySearch(sorted, expected);
        if (at >= 0)
        {
            return at;
        }

        var after = ~at;
        var before = after - 1;
        var best = before >= 0 && (after >= sorted.Length || expected - sorted[before] <= sorted[after] - expected) ? before : after;
        return best < sorted.Length && Math.Abs(sorted[best] - expected) <= slop ? best : -1;
    }

    /// <summary>Sorted, with overlapping or touching spans joined.</summary>
    private static List<TextMatch> Merge(List<TextMatch> matches)
    {
        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextMatch>(matches.Count);
        foreach (var match in matches)
        {
            if (merged.Count > 0 && match.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, match.End) };
            }
            else
            {
                merged.Add(match);
            }
        }

        return merged;
    }
}
