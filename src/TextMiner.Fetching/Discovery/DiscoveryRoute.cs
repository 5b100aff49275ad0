namespace TextMiner.Fetching.Discovery;

/// <summary>
/// One route while discovery runs: the documents it found and whether it ran to its end. <see cref="Scope"/> is the
/// path a complete route is expected to cover in full: everything for a sitemap or a feed paged to its end, the
/// listing's own path for a listing (<c>/news</c> covers <c>/news/…</c>), nothing for a filtered run.
/// </summary>
internal sealed class DiscoveryRoute(string name, string? scope, bool coversAll = false)
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly List<Uri> urls = [];

    public string Name { get; } = name;

    public string? Scope { get; } = scope is null ? null : scope.TrimEnd('/') + "/";

    public bool Complete { get; set; } = true;

    public IReadOnlyList<Uri> Urls => urls;

    public void Add(string key, Uri url)
    {
        if (keys.Add(key))
        {
            urls.Add(url);
        }
    }

    public bool Has(string key) => keys.Contains(key);

    public bool Covers(Uri url) => coversAll || (Scope is not null && url.AbsolutePath.StartsWith(Scope, StringComparison.OrdinalIgnoreCase));

    public RouteReport ToReport() => new(Name, urls.Count, Complete);

    /// <summary>Documents a complete route lists and another complete route, covering them, misses; first route first.</summary>
    public static IReadOnlyList<RouteGap> Gaps(IReadOnlyList<DiscoveryRoute> routes)
    {
        var complete = routes.Where(r => r.Complete && r.urls.Count > 0).ToList();
        var gaps = new List<RouteGap>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in complete)
        {
            foreach (var url in listing.urls)
            {
                var key = Core.DocumentId.Canonical(url.AbsoluteUri);
                foreach (var other in complete.Where(o => o != listing && o.Covers(url) && !o.Has(key)))
                {
                    if (reported.Add(key + " " + other.Name))
                    {
                        gaps.Add(new RouteGap(url.AbsoluteUri, listing.Name, other.Name));
                    }
                }
            }
        }

        return gaps;
    }
}
