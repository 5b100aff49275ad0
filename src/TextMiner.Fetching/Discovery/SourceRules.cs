using System.Text.RegularExpressions;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

/// <summary>A definition's link rules, compiled once per crawl, matched against a same-site URL's path and query.</summary>
internal sealed class SourceRules
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private readonly IReadOnlyList<(Regex Pattern, string? Kind)> documents;
    private readonly IReadOnlyList<(Regex Pattern, string? Kind)> attachments;
    private readonly IReadOnlyList<Regex> exclude;

    public SourceRules(SourceDefinition definition, UrlMapper urls)
    {
        Urls = urls;
        documents = Compile(definition.Documents);
        attachments = Compile(definition.Attachments ?? []);
        exclude = (definition.Exclude ?? []).Select(p => new Regex(p, RegexOptions.CultureInvariant, MatchTimeout)).ToList();
    }

    public UrlMapper Urls { get; }

    public bool HasAttachments => attachments.Count > 0;

    /// <summary>The kind of document a URL is, or null when no document rule takes it.</summary>
    public string? DocumentKind(Uri url) => Match(documents, url, out var kind) ? kind : null;

    public bool IsAttachment(Uri url, out string? kind) => Match(attachments, url, out kind);

    private bool Match(IReadOnlyList<(Regex Pattern, string? Kind)> rules, Uri url, out string? kind)
    {
        kind = null;
        if (!Urls.IsSameSite(url))
        {
            return false;
        }

        var path = url.PathAndQuery;
        if (exclude.Any(e => e.IsMatch(path)))
        {
            return false;
        }

        foreach (var (pattern, ruleKind) in rules)
        {
            if (pattern.IsMatch(path))
            {
                kind = ruleKind;
                return true;
            }
        }

        return false;
    }

    private static List<(Regex, string?)> Compile(IReadOnlyList<LinkRule> rules) =>
        rules.Select(r => (new Regex(r.Pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout), r.Kind)).ToList();
}
