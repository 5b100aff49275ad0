namespace TextMiner.Search.Analysis;

/// <summary>One analysed token: its term, its position, and where it sits in the original text.</summary>
internal readonly record struct Token(string Term, int Position, int Start, int End);
