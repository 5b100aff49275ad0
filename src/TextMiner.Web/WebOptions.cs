using TextMiner.Core;

namespace TextMiner.Web;

/// <summary>
/// What <see cref="WebApp"/> serves: the data directory to read (never written) and the URLs Kestrel binds
/// (loopback by default; "http://127.0.0.1:0" picks a free port).
/// </summary>
public sealed record WebOptions(DataDirectory Data, string Urls = WebOptions.DefaultUrls)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The URLs that listen beyond this machine (anything but localhost, 127.0.0.1 and [::1]); `serve` warns about each.</summary>
    public IReadOnlyList<string> UrlsBeyondLoopback => Hosting.HostAllowList.BeyondLoopback(Urls);

    /// <summary>The clock for the figures page and caches; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }
}
