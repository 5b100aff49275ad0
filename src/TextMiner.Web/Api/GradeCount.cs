namespace TextMiner.Web.Api;

/// <summary>How many ratings of one grade a group (a year, or a source) has.</summary>
internal sealed record GradeCount(string Group, string Value, long Count);
