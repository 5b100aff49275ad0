using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>
/// A page's meta tags by key (<c>property</c>, else <c>name</c>, else <c>itemprop</c>; case-insensitive; the first tag of
/// each key wins), read in one walk: the metadata asks for some twenty keys, and a walk per key was a sixth of parsing.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, string> contents = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(HtmlDocument document)
    {
        foreach (var meta in HtmlNodes.Descendants(document.DocumentNode, "meta"))
        {
            var key = meta.GetAttributeValue("property", null) ?? meta.GetAttributeValue("name", null) ?? meta.GetAttributeValue("itemprop", null);
            if (key is not null)
            {
                contents.TryAdd(key, meta.GetAttributeValue("content", ""));
            }
        }
    }

    /// <summary>The first tag's content for the key, entities decoded and trimmed; null when absent or empty.</summary>
    public string? this[string key] =>
        contents.TryGetValue(key, out var content) && HtmlEntity.DeEntitize(content).Trim() is { Length: > 0 } value ? value : null;
}
