namespace TextMiner.Pipeline.Research.Export;

/// <summary>CSV (RFC 4180, UTF-8, header row) or JSON Lines (one object a line).</summary>
public enum ExportFormat
{
    Csv,
    Jsonl,
}
