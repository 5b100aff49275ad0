namespace TextMiner.Storage.Statistics;

/// <summary>A theme with the number of documents and paragraphs labelled with it.</summary>
public sealed record ThemeCount(string Theme, long Documents, long Paragraphs);
