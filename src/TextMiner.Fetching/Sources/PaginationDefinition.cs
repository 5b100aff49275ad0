namespace TextMiner.Fetching.Sources;

/// <summary>
/// How a listing or feed continues: a query parameter counted from <paramref name="First"/> (<c>page</c> from 0 on
/// Drupal, <c>paged</c> from 1 on WordPress), a path segment (<c>page</c>: WordPress's <c>/news/page/2/</c>), or a
/// "next" link found by <paramref name="NextXPath"/> (followed only while it stays on the source's hosts). Paging stops
/// at <paramref name="MaxPages"/>, at a page with no new links (Drupal repeats its last page when asked past the end),
/// or at a page that fails.
/// </summary>
public sealed record PaginationDefinition(
    string? Parameter = null,
    int First = 1,
    string? NextXPath = null,
    int MaxPages = 100,
    string? PathSegment = null);
