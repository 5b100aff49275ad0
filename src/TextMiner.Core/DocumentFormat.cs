namespace TextMiner.Core;

/// <summary>A document's format, as the bytes, the content type or the extension say.</summary>
public enum DocumentFormat
{
    Unknown,
    Pdf,
    Html,
    Text,
}
