using System.Globalization;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Highlighting;

/// <summary>
/// Finds what a <see cref="HighlightPlan"/> matches in a stored text by analysing it again with the index's English
/// analyzer, so the offsets are the analyzer's own: "victims" matches the query term "victim", and a phrase is marked
/// only where its words stand in order (one span from its first word to its last).
/// </summary>
internal static class MatchFinder
{
    public static IReadOnlyList<TextMatch> Find(string text, HighlightPlan plan)
    {
        if (plan.IsEmpty || text.Length == 0)
        {
            return [];
        }

        var tokens = Tokens.Analyse(SearchAnalyzers.English, IndexFields.Text, text);
        var matches = new List<TextMatch>();
        foreach (var token in tokens)
        {
            if (plan.Terms.Contains(token.Term))
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
                if (plan.Patterns[i].IsMatch(surface))
                {
                    matches.Add(new TextMatch(token.Start, token.End, "pattern" + i.ToString(CultureInfo.InvariantCulture)));
                    break;
                }
            }
        }
    }

    private static void AddPhraseMatches(PhrasePattern phrase, string clause, IReadOnlyList<Token> tokens, List<TextMatch> matches)
    {
        var byTerm = tokens.ToLookup(t => t.Term, StringComparer.Ordinal);
        foreach (var first in byTerm[phrase.Terms[0]])
        {
            var found = new List<Token> { first };
            for (var i = 1; i < phrase.Terms.Count && found.Count == i; i++)
            {
                var expected = first.Position + phrase.Positions[i];
                var candidates = byTerm[phrase.Terms[i]].Where(t => Math.Abs(t.Position - expected) <= phrase.Slop);
                foreach (var candidate in candidates.OrderBy(t => Math.Abs(t.Position - expected)).Take(1))
                {
                    found.Add(candidate);
                }
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
