namespace TextMiner.Extraction.Catalogue;

/// <summary>
/// A named extraction rule, as the catalogue lists it: its id (`figures.vacancies.short-of`: record type, kind, form),
/// what it reads, its base confidence, and sentences it must fire on (<see cref="Examples"/>) and must not
/// (<see cref="NonExamples"/>). The id travels with every record the rule makes.
/// </summary>
public sealed record ExtractionRule(
    string Id,
    string Description,
    double Confidence,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> NonExamples)
{
    /// <summary>The record type the rule makes: the id's first part ("ratings", "figures" or "quotes").</summary>
    public string RecordType => Id[..Id.IndexOf('.', StringComparison.Ordinal)];
}
