namespace TextMiner.Extraction.Catalogue;

/// <summary>The figures rules of the catalogue (ids `figures.…`).</summary>
public static class FigureCatalogue
{
    public static IReadOnlyList<ExtractionRule> Rules { get; } = [];
}
