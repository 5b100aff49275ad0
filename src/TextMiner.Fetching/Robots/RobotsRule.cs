namespace TextMiner.Fetching.Robots;

/// <summary>
/// One Allow or Disallow path pattern; <c>*</c> matches any run of characters, a final <c>$</c> ends the path. Matched
/// by a greedy wildcard scan (no regular expression, no backtracking blow-up): at worst pattern length × path length
/// steps, whatever the number of wildcards.
/// </summary>
internal sealed record RobotsRule(string Path, bool Allow)
{
    private readonly string pattern = Compile(Path);

    public bool Matches(string pathAndQuery) => Glob(pattern, pathAndQuery)
        || (pathAndQuery.Contains('%', StringComparison.Ordinal) && Glob(pattern, Uri.UnescapeDataString(pathAndQuery)));

    /// <summary>A rule as a whole-path glob: an unanchored rule is a prefix (a trailing <c>*</c>); runs of <c>*</c> are one.</summary>
    private static string Compile(string path)
    {
        var anchored = path.EndsWith('$');
        var core = anchored ? path[..^1] : path + "*";
        var builder = new System.Text.StringBuilder(core.Length);
        foreach (var c in core)
        {
            if (c != '*' || builder.Length == 0 || builder[^1] != '*')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    internal static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
