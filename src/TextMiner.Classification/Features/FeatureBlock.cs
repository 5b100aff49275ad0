namespace TextMiner.Classification.Features;

/// <summary>The kinds of feature; each block is L2-normalised on its own so no kind drowns the others.</summary>
internal enum FeatureBlock : byte
{
    Words = 0,
    Chars = 1,
    Lexicon = 2,
}
