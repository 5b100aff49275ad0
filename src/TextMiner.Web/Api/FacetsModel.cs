namespace TextMiner.Web.Api;

/// <summary>Counts over the whole result set, value → count, largest first.</summary>
internal sealed record FacetsModel(
    IReadOnlyDictionary<string, int> Theme,
    IReadOnlyDictionary<string, int> Speaker,
    IReadOnlyDictionary<string, int> Source,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Rating,
    IReadOnlyDictionary<string, int> Organisation);
