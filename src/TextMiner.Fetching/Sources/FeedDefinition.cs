namespace TextMiner.Fetching.Sources;

/// <summary>
/// An RSS 2.0 or Atom feed; <paramref name="Pagination"/> pages it (WordPress: <c>?paged=N</c>). With
/// <paramref name="Kind"/>, every same-site item is a document of that kind even when no document rule matches it.
/// </summary>
public sealed record FeedDefinition(string Url, PaginationDefinition? Pagination = null, string? Kind = null);
