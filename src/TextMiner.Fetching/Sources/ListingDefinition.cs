namespace TextMiner.Fetching.Sources;

/// <summary>
/// An HTML listing page. Without <paramref name="ItemXPath"/> every link on the page that matches a document rule is
/// taken; with it, each item gives one link (<paramref name="LinkXPath"/>, relative to the item) and optional title and
/// date hints. <c>{year}</c> in <paramref name="Url"/> is expanded from <paramref name="FirstYear"/> to this year.
/// With <paramref name="ItemXPath"/> and <paramref name="Kind"/>, an item's same-site link is a document of that kind
/// even when no document rule matches it (so a changed URL scheme still yields documents). <paramref name="Facets"/>
/// discover further runs of the listing (filter values) from its first page.
/// </summary>
public sealed record ListingDefinition(
    string Url,
    PaginationDefinition? Pagination = null,
    string? ItemXPath = null,
    string? LinkXPath = null,
    string? TitleXPath = null,
    string? DateXPath = null,
    string? Kind = null,
    int? FirstYear = null,
    IReadOnlyList<FacetDefinition>? Facets = null);
