namespace TextMiner.Search;

/// <summary>Error codes of <see cref="SearchQueryException"/> and <see cref="SearchIndexException"/>; tests assert them.</summary>
public static class SearchErrorCodes
{
    public const string UnbalancedQuotes = "unbalanced-quotes";
    public const string UnbalancedBrackets = "unbalanced-brackets";
    public const string LeadingWildcard = "leading-wildcard";
    public const string QueryTooLong = "query-too-long";
    public const string UnknownField = "unknown-field";
    public const string MalformedDate = "malformed-date";
    public const string InvalidSyntax = "invalid-syntax";
    public const string TooManyTerms = "too-many-terms";
    public const string MalformedRegex = "malformed-regex";
    public const string RegexTooComplex = "regex-too-complex";
    public const string InvalidPaging = "invalid-paging";
    public const string IndexLocked = "index-locked";
    public const string IndexCorrupt = "index-corrupt";
    public const string IndexReadOnly = "index-read-only";
    public const string IndexOutdated = "index-outdated";
}
