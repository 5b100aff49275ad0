namespace TextMiner.Search;

/// <summary>Counts over the whole result set (not just the page): facet name → value → count, values by count then name.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Source,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Theme,
    IReadOnlyDictionary<string, int> Speaker,
    IReadOnlyDictionary<string, int> Rating)
{
    public const string SourceName = "source";
    public const string YearName = "year";
    public const string ThemeName = "theme";
    public const string SpeakerName = "speaker";
    public const string RatingName = "rating";

    public static SearchFacets Empty { get; } = new(
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(),
        new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>The facets by name, in a stable order.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyDictionary<string, int>>> ByName =>
    [
        new(SourceName, Source), new(YearName, Year), new(ThemeName, Theme), new(SpeakerName, Speaker), new(RatingName, Rating),
    ];
}
