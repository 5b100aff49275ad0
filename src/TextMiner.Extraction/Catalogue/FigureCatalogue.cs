using TextMiner.Extraction.Figures;

namespace TextMiner.Extraction.Catalogue;

/// <summary>The figures rules of the catalogue (ids `figures.…`): the pattern rules of Figures/Rules, then the mechanisms.</summary>
public static class FigureCatalogue
{
    public static IReadOnlyList<ExtractionRule> Rules { get; } = [.. FigureRules.All.Select(r => r.ToCatalogue()), .. FigureRules.Mechanisms];
}
