namespace TextMiner.Web;

/// <summary>Error codes and one-line messages of the web page and API, as named constants that tests assert.</summary>
public static class WebErrors
{
    public const string QueryTooLongCode = "query-too-long";
    public const string QueryTooLong = "The search is {0:N0} characters long; the limit is {1:N0}. Use fewer words.";

    public const string FilterTooLongCode = "filter-too-long";
    public const string FilterTooLong = "The {0} filter is too long; the limit is {1:N0} characters.";

    public const string PageSizeCode = "page-size";
    public const string PageSize = "Page size must be a whole number from 1 to {0}.";

    public const string PageNumberCode = "page-number";
    public const string PageNumber = "Page must be a whole number from 1 to {0}.";

    public const string PageTooDeepCode = "page-too-deep";
    public const string PageTooDeep = "Only the first {0:N0} results can be paged through; narrow the search with more words or a filter.";

    public const string BadSortCode = "bad-sort";
    public const string BadSort = "Sort must be 'relevance' or 'date'.";

    public const string BadUnitCode = "bad-unit";
    public const string BadUnit = "Search 'paragraphs' or 'documents'.";

    public const string NotFoundCode = "not-found";
    public const string NotFound = "There is no page here. Try the quotes page or the search page.";

    public const string DocumentNotFound = "There is no document with the id '{0}'. It may have been removed by a later run.";

    public const string NothingIngestedCode = "nothing-ingested";
    public const string NothingIngested = "Nothing ingested yet — run textminer ingest to fetch and analyse documents, then reload this page.";

    public const string InternalCode = "internal-error";
    public const string Internal = "Something went wrong on our side while reading the data. Try again; if it keeps happening, tell the maintainers.";

    public const string StoreUnavailableCode = "store-unavailable";

    /// <summary>Format: {0} the store's error code. No path: error bodies never show where the data lives.</summary>
    public const string StoreUnavailable = "The store cannot be read right now ({0}). On the server, `textminer doctor` says what is wrong.";

    /// <summary>Format: {0} the index's error code.</summary>
    public const string IndexUnavailable = "The search index cannot be read right now ({0}). On the server, `textminer reindex` rebuilds it.";

    public const string BadHostCode = "bad-host";
    public const string BadHost = "This server answers only to the host names it was started with (localhost, 127.0.0.1, [::1] and those given to --urls).";

    /// <summary>Format: {0} the URL. Printed by `serve` when a URL listens beyond loopback.</summary>
    public const string BeyondLoopback =
        "warning: {0} listens beyond this machine: anyone who can reach it can read the data. Requests must name a host given to --urls.";
}
