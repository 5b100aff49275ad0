using System.Globalization;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Robots;

/// <summary>
/// A parsed robots.txt (RFC 9309) as it applies to one product token: the group naming the token, else the
/// <c>*</c> group; the longest matching Allow/Disallow wins (Allow on a tie); <c>*</c> and <c>$</c> wildcards;
/// Crawl-delay and Sitemap lines.
/// </summary>
internal sealed class RobotsTxt
{
    private readonly IReadOnlyList<RobotsRule> rules;

    /// <summary>RFC 9309 asks parsers to read at least 500 KiB; the rest of a larger file is ignored.</summary>
    public const int MaxBytes = 512 * 1024;

    public const int MaxRules = 5_000;

    public const int MaxRuleLength = 2_048;

    public const int MaxSitemaps = 100;

    /// <summary>A rule with more wildcards than this is reported (it is matched in bounded time all the same).</summary>
    public const int ManyWildcards = 16;

    /// <summary>A crawl-delay above a day (or not finite) is read as a day; the pacer caps it further.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(1);

    private RobotsTxt(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, Diagnostic? unreachable, string? crawlDelayText = null, IReadOnlyList<Diagnostic>? warnings = null)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        CrawlDelayText = crawlDelayText;
        Sitemaps = sitemaps;
        Unreachable = unreachable;
        Warnings = warnings ?? [];
    }

    public static RobotsTxt AllowAll { get; } = new([], null, [], null);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>The Crawl-delay value as written, for reporting a clamped one.</summary>
    public string? CrawlDelayText { get; }

    /// <summary>What was ignored to keep parsing bounded (too many rules, rules too long, a file too large).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Why robots.txt could not be read, in which case nothing is allowed (RFC 9309 §2.3.1.4).</summary>
    public Diagnostic? Unreachable { get; }

    public static RobotsTxt DisallowAll(Diagnostic reason) => new([new RobotsRule("/", Allow: false)], null, [], reason);

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
        var warnings = new List<Diagnostic>();
        if (text.Length > MaxBytes)
        {
            warnings.Add(Diagnostic.Warning(FetchErrors.RobotsCapped, string.Create(CultureInfo.InvariantCulture, $"robots.txt longer than {MaxBytes} characters; the rest ignored")));
            text = text[..MaxBytes];
        }

        var groups = new List<(List<string> Agents, List<RobotsRule> Rules, TimeSpan? Delay)>();
        var sitemaps = new List<string>();
        var ruleCount = 0;
        string? delayText = null;
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
                    if (value.Length > MaxRuleLength || ruleCount >= MaxRules)
                    {
                        if (warnings.Count < 10)
                        {
                            warnings.Add(Diagnostic.Warning(FetchErrors.RobotsCapped, string.Create(CultureInfo.InvariantCulture, $"rule ignored (more than {MaxRules} rules or longer than {MaxRuleLength} characters)")));
                        }
                    }
                    else if (value.Length > 0)
                    {
                        current.Value.Rules.Add(new RobotsRule(value, key == "allow"));
                        ruleCount++;
                        var wildcards = value.Count(c => c == '*');
                        if (wildcards > ManyWildcards && warnings.Count < 10)
                        {
                            warnings.Add(Diagnostic.Warning(FetchErrors.RobotsComplexRule, string.Create(CultureInfo.InvariantCulture, $"a rule with {wildcards} wildcards, matched by a bounded scan")));
                        }
                    }

                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        // 1e20 or Infinity would overflow a TimeSpan: anything above a day is a day.
                        var asked = seconds < MaxDelay.TotalSeconds ? TimeSpan.FromSeconds(seconds) : MaxDelay;
                        var index = groups.FindIndex(g => ReferenceEquals(g.Agents, current.Value.Agents));
                        current = (current.Value.Agents, current.Value.Rules, asked);
                        groups[index] = current.Value;
                        delayText = value;
                    }

                    break;
                case "sitemap" when sitemaps.Count < MaxSitemaps:
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
        return new RobotsTxt(chosen.SelectMany(g => g.Rules).ToList(), delay, sitemaps, null, delayText, warnings);
    }
}
