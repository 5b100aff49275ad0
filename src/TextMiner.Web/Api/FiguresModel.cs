namespace TextMiner.Web.Api;

/// <summary>The answer of /api/figures and the model of the figures page.</summary>
internal sealed record FiguresModel(
    bool NothingIngested,
    IReadOnlyList<RatingCount> RatingsByYear,
    IReadOnlyList<RatingCount> RatingsBySource,
    IReadOnlyList<FigureSeries> Figures);
