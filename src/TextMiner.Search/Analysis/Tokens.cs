using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextMiner.Search.Analysis;

/// <summary>Runs an analyzer over a text and keeps terms, positions (stop-word gaps included) and offsets.</summary>
internal static class Tokens
{
    public static IReadOnlyList<Token> Analyse(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
