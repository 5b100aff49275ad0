namespace TextMiner.Pipeline.Research.Export;

/// <summary>The records an export writes, one row each.</summary>
public enum ExportWhat
{
    Documents,
    Paragraphs,
    Ratings,
    Figures,
    Quotes,
}
