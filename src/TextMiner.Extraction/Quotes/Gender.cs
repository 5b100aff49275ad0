namespace TextMiner.Extraction.Quotes;

/// <summary>What a title ("Ms", "Sir") or a pronoun bound to a person ("she said") tells of them.</summary>
internal enum Gender
{
    Unknown,
    Female,
    Male,
}
