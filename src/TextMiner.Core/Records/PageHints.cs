namespace TextMiner.Core.Records;

/// <summary>What a source definition or listing page already knows about a document (title, date, kind).</summary>
public sealed record PageHints(string? Title = null, DateOnly? Published = null, string? Kind = null);
