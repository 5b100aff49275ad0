namespace TextMiner.Search.Highlighting;

/// <summary>A phrase to find among tokens: terms at relative positions (gaps where stop words were), and the slop allowed.</summary>
internal sealed record PhrasePattern(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions, int Slop);
