using System.Text.RegularExpressions;

namespace TextMiner.Fetching.Robots;

/// <summary>One Allow or Disallow path pattern; <c>*</c> matches any run of characters, a final <c>$</c> ends the path.</summary>
internal sealed record RobotsRule(string Path, bool Allow)
{
    private readonly Regex pattern = new(
        "^" + string.Concat(Path.TrimEnd('$').Select(c => c == '*' ? ".*" : Regex.Escape(c.ToString()))) + (Path.EndsWith('$') ? "$" : ""),
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public bool Matches(string pathAndQuery) => pattern.IsMatch(pathAndQuery)
        || pattern.IsMatch(Uri.UnescapeDataString(pathAndQuery));
}
