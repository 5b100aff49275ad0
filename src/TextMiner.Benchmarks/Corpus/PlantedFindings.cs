namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// The ratings, figures and quote speakers written into a generated document in sentences the extractor's rules read,
/// so a run can check they are found. Filler sentences may add more; these are the ones that must be there.
/// </summary>
public sealed record PlantedFindings(IReadOnlyList<string> Ratings, IReadOnlyList<PlantedFigure> Figures, IReadOnlyList<string> Speakers);
