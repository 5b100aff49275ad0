namespace TextMiner.Extraction.Quotes;

/// <summary>The gender a title or a personal pronoun implies, for resolving "she said" when a man and a woman are both in view.</summary>
internal static class GenderWords
{
    private static readonly HashSet<string> FemaleTitles = new(StringComparer.OrdinalIgnoreCase) { "ms", "mrs", "miss", "dame", "baroness", "lady" };

    private static readonly HashSet<string> MaleTitles = new(StringComparer.OrdinalIgnoreCase) { "mr", "sir", "lord" };

    public static Gender OfTitle(string title)
    {
        var word = title.Trim().TrimEnd('.');
        return FemaleTitles.Contains(word) ? Gender.Female : MaleTitles.Contains(word) ? Gender.Male : Gender.Unknown;
    }

    /// <summary>"she", "her" → female; "he", "him" → male; anything else (they, it, we, I) says nothing.</summary>
    public static Gender OfPronoun(string phrase) =>
        phrase.Trim().Split(' ')[^1].ToLowerInvariant() switch
        {
            "she" or "her" => Gender.Female,
            "he" or "him" => Gender.Male,
            _ => Gender.Unknown,
        };

    /// <summary>True unless both genders are known and differ.</summary>
    public static bool Agree(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;
}
