namespace TextMiner.Classification.Features;

/// <summary>The kinds of feature; each block is L2-normalised on its own so no kind drowns the others.</summary>
internal enum FeatureBlock : byte
{
    Words = 0,
    Chars = 1,
    Lexicon = 2,

    /// <summary>The theme phrase groups (<see cref="FeatureOptions.ThemeLexicon"/>), apart from the lexicon: inside it
    /// they cross-validated worse, as the more groups a long paragraph touches, the less each weighs.</summary>
    ThemePhrases = 3,
}
