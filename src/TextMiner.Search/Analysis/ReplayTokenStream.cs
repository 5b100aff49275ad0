using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TextMiner.Search.Analysis;

/// <summary>
/// Plays back recorded tokens as a token stream: one text's, or several texts' as if they had been joined with a
/// separator and analysed as one. Joined, each text's offsets move by where it starts in the joined text, and the
/// positions a text's trailing stop words took (what its stream's <c>End</c> reported) are carried into the next token,
/// as the analyzer's stop filter would have carried them over the separator. That holds for the writer's analyzers:
/// their tokenizer breaks at the separator (white space) and nothing in their chains looks across a token boundary.
/// Reusable: <see cref="Replay"/> sets what the next <see cref="Reset"/> plays.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly List<RecordedTokens> texts = [];
    private readonly List<int> starts = [];
    private int text;
    private int token;
    private int carried;

    public ReplayTokenStream()
    {
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Plays one text's tokens.</summary>
    public void Replay(RecordedTokens recorded)
    {
        texts.Clear();
        starts.Clear();
        texts.Add(recorded);
        starts.Add(0);
    }

    /// <summary>Plays the first <paramref name="count"/> texts' tokens as if the texts were joined by a separator of <paramref name="separatorLength"/> characters.</summary>
    /// <param name="lengths">Each text's length in characters, for where the next one starts.</param>
    public void Replay(IReadOnlyList<RecordedTokens> recorded, int count, IReadOnlyList<int> lengths, int separatorLength)
    {
        texts.Clear();
        starts.Clear();
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            texts.Add(recorded[i]);
            starts.Add(start);
            start += lengths[i] + separatorLength;
        }
    }

    public override void Reset()
    {
        base.Reset();
        text = 0;
        token = 0;
        carried = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (text < texts.Count)
        {
            var recorded = texts[text];
            if (token < recorded.Count)
            {
                var shift = starts[text];
                var chars = recorded.Term(token);
                chars.CopyTo(term.ResizeBuffer(chars.Length));
                term.Length = chars.Length;
                increment.PositionIncrement = recorded.Increment(token) + carried;
                offset.SetOffset(shift + recorded.StartOffset(token), shift + recorded.EndOffset(token));
                carried = 0;
                token++;
                return true;
            }

            carried += recorded.FinalIncrement;
            text++;
            token = 0;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        increment.PositionIncrement = carried;
        var final = texts.Count == 0 ? 0 : starts[^1] + texts[^1].FinalOffset;
        offset.SetOffset(final, final);
    }
}
