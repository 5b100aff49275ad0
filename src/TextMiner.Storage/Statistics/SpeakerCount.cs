namespace TextMiner.Storage.Statistics;

/// <summary>A speaker with the number of quotes attributed to them and the documents those come from.</summary>
public sealed record SpeakerCount(string Speaker, long Quotes, long Documents);
