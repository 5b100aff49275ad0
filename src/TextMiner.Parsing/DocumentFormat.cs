namespace TextMiner.Parsing;

internal enum DocumentFormat
{
    Unknown,
    Pdf,
    Html,
    Text,
}
