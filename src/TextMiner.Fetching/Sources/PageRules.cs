namespace TextMiner.Fetching.Sources;

/// <summary>
/// How to read a document page's title and publication date: XPath expressions tried in order (the first that gives
/// a value wins; attributes such as <c>//meta[@property='og:title']/@content</c> work). A date expression's text may
/// hold other words ("Published: 22 May 2019"); the date is found inside it. <paramref name="DateFormats"/> adds .NET
/// exact formats to the built-in ones.
/// </summary>
public sealed record PageRules(
    IReadOnlyList<string>? TitleXPaths = null,
    IReadOnlyList<string>? DateXPaths = null,
    IReadOnlyList<string>? DateFormats = null);
