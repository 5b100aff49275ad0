namespace TextMiner.Classification.Features;

/// <summary>
/// Stable 64-bit FNV-1a hashes of lower-cased text, so a term is found without allocating a string for it. Stable across
/// processes (unlike <see cref="string.GetHashCode()"/>), because the hashes are saved in the model file.
/// </summary>
internal static class TermHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = Offset)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>A hash of an ordered pair (a word bigram, or a block tag and a term): not symmetric.</summary>
    public static ulong Combine(ulong first, ulong second) => ((first * Prime) ^ (second + 0x9E3779B97F4A7C15UL)) * Prime;
}
