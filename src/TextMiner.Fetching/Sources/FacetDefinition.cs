namespace TextMiner.Fetching.Sources;

/// <summary>
/// Another way through a listing, found on its first page rather than written down: each value that
/// <paramref name="ValuesXPath"/> gives (a filter form's options, or links) starts another paged run of the listing.
/// With <paramref name="Parameter"/>, the run starts at the listing URL plus <c>parameter=value</c> (a value that is a
/// link gives that parameter's value from its query); without, the value is a link to the run's first page. Empty values
/// ("All types") and links off the source's hosts are ignored.
/// </summary>
public sealed record FacetDefinition(string ValuesXPath, string? Parameter = null);
