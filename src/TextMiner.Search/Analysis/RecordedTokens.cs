using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextMiner.Search.Analysis;

/// <summary>
/// The tokens an analyzer made of one text, kept to be replayed (<see cref="ReplayTokenStream"/>): each term with its
/// position increment and offsets, and what the stream's <c>End</c> left (the positions of trailing stop words, the
/// final offset). Reused from one text to the next; its arrays only grow (a paragraph is about 45 words; a document's
/// recordings, two per paragraph, are kept by its thread for the next document).
/// </summary>
internal sealed class RecordedTokens
{
    private char[] chars = new char[256];
    private int[] termEnds = new int[64];
    private int[] increments = new int[64];
    private int[] startOffsets = new int[64];
    private int[] endOffsets = new int[64];

    public int Count { get; private set; }

    /// <summary>What <c>End</c> set the position increment to: the positions removed after the last token (stop words).</summary>
    public int FinalIncrement { get; private set; }

    /// <summary>What <c>End</c> set the offsets to: the end of the text.</summary>
    public int FinalOffset { get; private set; }

    public int Increment(int token) => increments[token];

    public int StartOffset(int token) => startOffsets[token];

    public int EndOffset(int token) => endOffsets[token];

    public ReadOnlySpan<char> Term(int token)
    {
        var start = token == 0 ? 0 : termEnds[token - 1];
        return chars.AsSpan(start, termEnds[token] - start);
    }

    /// <summary>Replaces what was recorded with the tokens <paramref name="analyzer"/> makes of the text as <paramref name="field"/>.</summary>
    public void Record(Analyzer analyzer, string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        Record(stream);
    }

    /// <summary>Replaces what was recorded with the tokens of <paramref name="stream"/> (reset, read to the end; not disposed).</summary>
    public void Record(TokenStream stream)
    {
        Count = 0;
        var used = 0;
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (Count == termEnds.Length)
            {
                Grow();
            }

            if (used + term.Length > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, used + term.Length));
            }

            term.Buffer.AsSpan(0, term.Length).CopyTo(chars.AsSpan(used));
            used += term.Length;
            termEnds[Count] = used;
            increments[Count] = increment.PositionIncrement;
            startOffsets[Count] = offset.StartOffset;
            endOffsets[Count] = offset.EndOffset;
            Count++;
        }

        stream.End();
        FinalIncrement = increment.PositionIncrement;
        FinalOffset = offset.EndOffset;
    }

    private void Grow()
    {
        var size = termEnds.Length * 2;
        Array.Resize(ref termEnds, size);
        Array.Resize(ref increments, size);
        Array.Resize(ref startOffsets, size);
        Array.Resize(ref endOffsets, size);
    }
}
