namespace TextMiner.Fetching.Sources;

/// <summary>
/// A regular expression matched against a same-site URL's path and query (for example <c>^/document/[^/]+/?$</c>),
/// and the document kind it gives (see <c>DocumentKinds</c>; attachments without a kind take their page's kind).
/// </summary>
public sealed record LinkRule(string Pattern, string? Kind = null);
