namespace TextMiner.Extraction.Catalogue;

/// <summary>Every extraction rule, by record type; each type's rules live beside its extractor.</summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<ExtractionRule> All { get; } = [.. RatingCatalogue.Rules, .. FigureCatalogue.Rules, .. QuoteCatalogue.Rules];

    public static ExtractionRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
