namespace TextMiner.Fetching.Sources;

/// <summary>
/// One site to crawl, declared as data in <c>pipelines/&lt;name&gt;.json</c> (field reference: pipelines/README.md).
/// Every URL and pattern is on the real site's origin; <c>--base-url</c> rebases it at fetch time.
/// </summary>
public sealed record SourceDefinition(
    string Name,
    Uri Origin,
    DiscoveryDefinition Discovery,
    IReadOnlyList<LinkRule> Documents,
    PageRules? Page = null,
    IReadOnlyList<LinkRule>? Attachments = null,
    IReadOnlyList<string>? Exclude = null,
    string? Description = null)
{
    /// <summary>The file the definition was loaded from, for error messages; null when built in code.</summary>
    public string? FilePath { get; init; }
}
