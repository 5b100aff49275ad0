using System.Globalization;

namespace TextMiner.Fetching.Robots;

/// <summary>
/// A parsed robots.txt (RFC 9309) as it applies to one product token: the group naming the token, else the
/// <c>*</c> group; the longest matching Allow/Disallow wins (Allow on a tie); <c>*</c> and <c>$</c> wildcards;
/// Crawl-delay and Sitemap lines.
/// </summary>
internal sealed class RobotsTxt
{
    private readonly IReadOnlyList<RobotsRule> rules;

    private RobotsTxt(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, string? unreachable)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        Unreachable = unreachable;
    }

    public static RobotsTxt AllowAll { get; } = new([], null, [], null);

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Why robots.txt could not be read, in which case nothing is allowed (RFC 9309 §2.3.1.4).</summary>
    public string? Unreachable { get; }

    public static RobotsTxt DisallowAll(string reason) => new([new RobotsRule("/", Allow: false)], null, [], reason);

    public bool IsAllowed(string pathAndQuery)
    {
        if (Unreachable is not null)
        {
            return false;
        }

        if (pathAndQuery.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matches(pathAndQuery) && (best is null || rule.Path.Length > best.Path.Length
                || (rule.Path.Length == best.Path.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    public static RobotsTxt Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)>();
        var sitemaps = new List<string>();
        (List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasAgent)
                    {
                        current = ([], [], null);
                        groups.Add(current.Value);
                    }

                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Value.Rules.Add(new RobotsRule(value, key == "allow"));
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        var index = groups.FindIndex(g => ReferenceEquals(g.Agents, current.Value.Agents));
                        current = (current.Value.Agents, current.Value.Rules, TimeSpan.FromSeconds(seconds));
                        groups[index] = current.Value;
                    }

                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
            }

            lastWasAgent = false;
        }

        var token = productToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var delay = chosen.Select(g => g.Delay).Where(d => d is not null).DefaultIfEmpty(null).Max();
        return new RobotsTxt(chosen.SelectMany(g => g.Rules).ToList(), delay, sitemaps, null);
    }
}
