namespace TextMiner.Pipeline.Research.Export;

/// <summary>One column of an export: its name (CSV header and JSON property), type and meaning.</summary>
public sealed record ExportColumn(string Name, ExportColumnType Type, string Description);
