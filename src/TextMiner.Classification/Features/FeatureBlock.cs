namespace TextMiner.Classification.Features;

/// <summary>The kinds of feature; each block is L2-normalised on its own so no kind drowns the others.</summary>
internal enum FeatureBlock : byte
{
    Words = 0,
    Chars = 1,
    Lexicon = 2,

    /// <summary>The theme phrase groups (<see cref="FeatureOptions.ThemeLexicon"/>), apart from the lexicon so the many groups a
    /// long paragraph touches do not dilute them.</summary>
    ThemePhrases = 3,
}
