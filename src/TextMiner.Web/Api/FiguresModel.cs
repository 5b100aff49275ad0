using TextMiner.Storage.Statistics;

namespace TextMiner.Web.Api;

/// <summary>The answer of /api/figures and the model of the figures page.</summary>
internal sealed record FiguresModel(
    bool NothingIngested,
    IReadOnlyList<GradeCount> RatingsByYear,
    IReadOnlyList<GradeCount> RatingsBySource,
    IReadOnlyList<FigureSeries> Figures);
