namespace TextMiner.Search.Highlighting;

/// <summary>A matched stretch of the stored text; <paramref name="Clause"/> names which part of the query matched.</summary>
internal readonly record struct TextMatch(int Start, int End, string Clause);
