namespace TextMiner.Evaluation.Extraction;

/// <summary>
/// One annotated document: <paramref name="Path"/> as written in the gold file (relative to the repository root,
/// e.g. "corpus/gold/docs/dev/x.txt"), with what extraction should find in it.
/// </summary>
public sealed record GoldDocument(
    string Path,
    string? Title,
    IReadOnlyList<GoldRating> Ratings,
    IReadOnlyList<GoldFigure> Figures,
    IReadOnlyList<GoldQuote> Quotes);
