namespace TextMiner.Storage;

/// <summary>How many documents one source has in the store.</summary>
public sealed record SourceCount(string Source, long Documents);
