namespace TextMiner.Pipeline.Research.Export;

/// <summary>How many rows an export wrote.</summary>
public sealed record ExportResult(ExportWhat What, ExportFormat Format, long Rows);
