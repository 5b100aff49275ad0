namespace TextMiner.Storage.Statistics;

/// <summary>Documents of one source published in one year (<paramref name="Year"/> null: undated).</summary>
public sealed record DocumentCount(string Source, int? Year, long Documents);
