namespace TextMiner.Web.Html;

/// <summary>How a document's source is shown: a demo document written for the project says so wherever it appears.</summary>
internal static class SourceLabel
{
    public const string Synthetic = "synthetic";

    public const string SyntheticNote = "synthetic (written for the demo; not a real publication)";

    public static string Of(string source) =>
        string.Equals(source, Synthetic, StringComparison.OrdinalIgnoreCase) ? SyntheticNote : source;
}
