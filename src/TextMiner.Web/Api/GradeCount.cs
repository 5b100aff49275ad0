namespace TextMiner.Web.Api;

/// <summary>How many ratings of one grade a group (a year, or a source) has.</summary>
internal sealed record RatingCount(string Group, string Value, int Count);
