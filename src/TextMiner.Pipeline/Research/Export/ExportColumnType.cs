namespace TextMiner.Pipeline.Research.Export;

/// <summary>The type of an export column, as the data dictionary documents it.</summary>
public enum ExportColumnType
{
    /// <summary>A string (empty in CSV, null in JSON when absent).</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number, invariant culture ("12.5").</summary>
    Number,

    /// <summary>A date, yyyy-MM-dd.</summary>
    Date,

    /// <summary>A UTC instant, ISO 8601 (yyyy-MM-ddTHH:mm:ss.fffffffZ).</summary>
    Timestamp,

    /// <summary>Labels: joined with ';' in CSV, an array in JSON.</summary>
    List,
}
