using HtmlAgilityPack;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Discovery;

/// <summary>Reads title and publication date from a document page by the definition's rules, then by common markup.</summary>
internal static class PageHintReader
{
    private static readonly string[] DefaultTitles =
    [
        "//meta[@property='og:title']/@content",
        "//h1",
        "//title",
    ];

    private static readonly string[] DefaultDates =
    [
        "//meta[@property='article:published_time']/@content",
        "//meta[@name='dcterms.date' or @name='DC.date' or @name='date']/@content",
        "//time/@datetime",
        "//time",
    ];

    public static PageHints Read(HtmlDocument page, PageRules? rules, string kind, PageHints fallback)
    {
        var root = page.DocumentNode;
        // The definition's own rules first, then what the listing or feed said, then common markup.
        var title = FirstTitle(root, rules?.TitleXPaths ?? []) ?? fallback.Title ?? FirstTitle(root, DefaultTitles);
        var date = FirstDate(root, rules?.DateXPaths ?? [], rules?.DateFormats) ?? fallback.Published
            ?? FirstDate(root, DefaultDates, rules?.DateFormats);
        var refined = rules?.KindsByTitle?.FirstOrDefault(r => title is not null
            && System.Text.RegularExpressions.Regex.IsMatch(title, r.Pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))?.Kind;
        return new PageHints(title, date, refined ?? kind);
    }

    private static string? FirstTitle(HtmlNode root, IEnumerable<string> xpaths) =>
        xpaths.Select(x => HtmlQuery.First(root, x)).FirstOrDefault(t => t is not null);

    private static DateOnly? FirstDate(HtmlNode root, IEnumerable<string> xpaths, IReadOnlyList<string>? formats) =>
        xpaths.SelectMany(x => HtmlQuery.Values(root, x)).Select(v => DateFinder.FindDate(v, formats)).FirstOrDefault(d => d is not null);
}
