namespace TextMiner.Fetching.Sources;

/// <summary>An RSS 2.0 or Atom feed; <paramref name="Pagination"/> pages it (WordPress: <c>?paged=N</c>).</summary>
public sealed record FeedDefinition(string Url, PaginationDefinition? Pagination = null);
