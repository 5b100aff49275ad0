namespace TextMiner.Storage.Statistics;

/// <summary>How many ratings of one value were given to one aspect, by source and year of publication.</summary>
public sealed record RatingCount(int? Year, string Source, string Aspect, string Value, long Ratings);
