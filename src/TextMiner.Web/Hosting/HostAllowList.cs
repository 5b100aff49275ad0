namespace TextMiner.Web.Hosting;

/// <summary>
/// The Host header values the server answers: the loopback names and the hosts named in <c>--urls</c>. A page on any
/// web site can make a browser send requests to a loopback server under a name the attacker controls (DNS rebinding);
/// those requests carry that name, so they are refused. Wildcard hosts (*, +, 0.0.0.0, [::]) bind addresses but name
/// no host, so they add nothing to the list.
/// </summary>
internal sealed class HostAllowList
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];
    private static readonly string[] WildcardHosts = ["*", "+", "0.0.0.0", "[::]"];
    private readonly HashSet<string> hosts = new(LoopbackHosts, StringComparer.OrdinalIgnoreCase);

    public HostAllowList(string urls)
    {
        foreach (var host in Split(urls).Select(HostOf))
        {
            if (!WildcardHosts.Contains(host, StringComparer.Ordinal))
            {
                hosts.Add(host);
            }
        }
    }

    /// <summary>The host part of a Host header value, without its port; IPv6 addresses keep their brackets.</summary>
    public bool Allows(string? hostHeader) => !string.IsNullOrEmpty(hostHeader) && hosts.Contains(WithoutPort(hostHeader));

    /// <summary>The URLs that listen beyond this machine: any host but a loopback name.</summary>
    public static IReadOnlyList<string> BeyondLoopback(string urls) =>
        Split(urls).Where(url => !LoopbackHosts.Contains(HostOf(url), StringComparer.OrdinalIgnoreCase)).ToList();

    private static IEnumerable<string> Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string HostOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var authority = scheme < 0 ? url : url[(scheme + 3)..];
        var slash = authority.IndexOf('/', StringComparison.Ordinal);
        return WithoutPort(slash < 0 ? authority : authority[..slash]).ToLowerInvariant();
    }

    private static string WithoutPort(string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? authority : authority[..(close + 1)];
        }

        var colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }
}
