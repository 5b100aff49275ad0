using System.Text;

namespace TextMiner.Core;

/// <summary>A document's id: stable for its canonical URL or its local path.</summary>
public static class DocumentId
{
    /// <summary>True when the location is an http(s) URL rather than a local path: the one test for it.</summary>
    public static bool IsUrl(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    public static string For(string location) =>
        ContentHash.Sha256Hex(Encoding.UTF8.GetBytes(Canonical(location)))[..16];

    /// <summary>
    /// URLs compare without scheme, "www.", fragment or trailing slash, so http/https and www/non-www copies of a page
    /// are one document. Local paths are made absolute.
    /// </summary>
    public static string Canonical(string location)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
            return (host + path + uri.Query).ToLowerInvariant();
        }

        return Path.GetFullPath(location);
    }
}
