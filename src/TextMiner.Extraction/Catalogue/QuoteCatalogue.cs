namespace TextMiner.Extraction.Catalogue;

/// <summary>The quotes rules of the catalogue (ids `quotes.…`).</summary>
public static class QuoteCatalogue
{
    public static IReadOnlyList<ExtractionRule> Rules { get; } = [];
}
