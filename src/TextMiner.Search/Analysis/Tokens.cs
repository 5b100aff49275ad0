using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextMiner.Search.Analysis;

/// <summary>Runs an analyzer over a text and keeps terms, positions (stop-word gaps included) and offsets.</summary>
internal static class Tokens
{
    public static IReadOnlyList<Token> Analyse(Analyzer analyzer, string field, string text) =>
        Analyse(analyzer, field, text, wanted: null);

    /// <summary>
    /// The tokens with only the <paramref name="wanted"/> terms spelled out (the set's own strings); every other term
    /// comes back empty, so a long text makes no string per token.
    /// </summary>
    public static IReadOnlyList<Token> Analyse(Analyzer analyzer, string field, string text, HashSet<string>? wanted)
    {
        var lookup = wanted?.GetAlternateLookup<ReadOnlySpan<char>>();
        // About one token per six characters of English prose, so the list seldom grows (in a profile of snippets, its
        // regrowth was a third of this method's time).
        var tokens = new List<Token>((text.Length / 6) + 4);
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var spelled = lookup is not { } known ? term.ToString()
                : known.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var word) ? word : string.Empty;
            tokens.Add(new Token(spelled, position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
