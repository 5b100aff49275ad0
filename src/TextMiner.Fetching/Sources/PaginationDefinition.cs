namespace TextMiner.Fetching.Sources;

/// <summary>
/// How a listing or feed continues: a query parameter counted from <paramref name="First"/> (<c>page</c> from 0 on
/// Drupal, <c>paged</c> from 1 on WordPress), or a "next" link found by <paramref name="NextXPath"/>. Paging stops at
/// <paramref name="MaxPages"/>, at a page with no new links, or at a page that fails.
/// </summary>
public sealed record PaginationDefinition(
    string? Parameter = null,
    int First = 1,
    string? NextXPath = null,
    int MaxPages = 100);
