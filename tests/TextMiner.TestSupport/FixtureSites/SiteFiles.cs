namespace TextMiner.TestSupport.FixtureSites;

/// <summary>
/// Maps a request to a file in a site folder. <c>/a/b/</c> and <c>/a/b</c> serve <c>a/b/index.html</c> (or
/// <c>index.xml</c>, or <c>a/b.html</c>); a query string selects a variant named after its sorted parameters:
/// <c>/news?page=1</c> → <c>news/index@page=1.html</c>.
/// </summary>
internal static class SiteFiles
{
    public static string? Find(string root, string path, string query)
    {
        var relative = Uri.UnescapeDataString(path).Trim('/');
        if (relative.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var variant = query.Length <= 1 ? "" : "@" + string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        var baseName = System.IO.Path.Combine(root, relative);
        string[] candidates = variant.Length == 0
            ? [baseName, System.IO.Path.Combine(baseName, "index.html"), System.IO.Path.Combine(baseName, "index.xml"), baseName + ".html"]
            : [System.IO.Path.Combine(baseName, "index" + variant + ".html"), System.IO.Path.Combine(baseName, "index" + variant + ".xml"), baseName + variant + ".html"];
        return candidates.FirstOrDefault(File.Exists);
    }

    public static string ContentType(string file) => System.IO.Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".xml" when System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file)) == "feed" => "application/rss+xml; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        ".pdf" => "application/pdf",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
