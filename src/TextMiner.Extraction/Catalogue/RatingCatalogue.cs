namespace TextMiner.Extraction.Catalogue;

/// <summary>The ratings rules of the catalogue (ids `ratings.…`).</summary>
public static class RatingCatalogue
{
    public static IReadOnlyList<ExtractionRule> Rules { get; } = [];
}
