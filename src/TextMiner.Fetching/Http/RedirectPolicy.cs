namespace TextMiner.Fetching.Http;

/// <summary>
/// Where a request may be redirected: given a redirect's absolute http(s) target, the URL to request instead (the
/// target itself, or its copy on a mirror), or null to refuse it as off-site. Travels with the request.
/// </summary>
internal static class RedirectPolicy
{
    public static readonly HttpRequestOptionsKey<Func<Uri, Uri?>> Key = new("TextMiner.RedirectPolicy");

    /// <summary>Without a policy, a redirect may only stay on the requested host (with or without <c>www.</c>).</summary>
    public static Uri? SameHost(Uri requested, Uri target) =>
        string.Equals(WithoutWww(requested.Host), WithoutWww(target.Host), StringComparison.OrdinalIgnoreCase) && requested.Port == target.Port ? target : null;

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
