namespace TextMiner.Fetching.Discovery;

/// <summary>
/// Keeps every URL in canonical form (the real site's origin) and rebases it onto a mirror only to fetch. Links to the
/// real host (with or without www., over http or https) and to the mirror map back to the canonical origin.
/// </summary>
internal sealed class UrlMapper
{
    private readonly Uri origin;
    private readonly Uri? mirror;
    private readonly string mirrorPrefix;

    public UrlMapper(Uri origin, Uri? baseUrl)
    {
        this.origin = origin;
        mirror = baseUrl;
        mirrorPrefix = baseUrl?.AbsolutePath.TrimEnd('/') ?? "";
    }

    public Uri Canonical(string path) => new(origin, path);

    public Uri ToFetch(Uri canonical) => mirror is null
        ? canonical
        : new Uri(mirror.GetLeftPart(UriPartial.Authority) + mirrorPrefix + canonical.PathAndQuery);

    /// <summary>A link found on <paramref name="page"/> (canonical) as a canonical URL; null when not http(s).</summary>
    public Uri? Resolve(string href, Uri page)
    {
        href = href.Trim();
        if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(page, href, out var absolute)
            || (absolute.Scheme != Uri.UriSchemeHttp && absolute.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var path = absolute.PathAndQuery;
        if (mirror is not null && string.Equals(absolute.Authority, mirror.Authority, StringComparison.OrdinalIgnoreCase))
        {
            if (mirrorPrefix.Length > 0 && path.StartsWith(mirrorPrefix + "/", StringComparison.Ordinal))
            {
                path = path[mirrorPrefix.Length..];
            }

            return new Uri(origin, path);
        }

        return IsSameSite(absolute) ? new Uri(origin, path) : new Uri(absolute.GetLeftPart(UriPartial.Query));
    }

    /// <summary>
    /// Where to go for a redirect to <paramref name="target"/>: on a mirror, the mirror's copy of the target's page (a
    /// mirror copying the real site's absolute redirects stays on the mirror); on the real site the target itself, as
    /// long as it stays on the source's hosts. Null refuses it.
    /// </summary>
    public Uri? FollowRedirect(Uri target)
    {
        if (mirror is null)
        {
            return IsSameSite(target) ? target : null;
        }

        return Resolve(target.AbsoluteUri, target) is { } canonical && IsSameSite(canonical) ? ToFetch(canonical) : null;
    }

    public bool IsSameSite(Uri url) =>
        string.Equals(WithoutWww(url.Host), WithoutWww(origin.Host), StringComparison.OrdinalIgnoreCase)
        && (url.IsDefaultPort || url.Port == origin.Port);

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
