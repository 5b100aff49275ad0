namespace TextMiner.Extraction.Text;

/// <summary>A character range [Start, End) in a paragraph.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;
}
