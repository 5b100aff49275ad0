namespace TextMiner.Search;

/// <summary>A query that cannot be run. <see cref="Code"/> is one of <see cref="SearchErrorCodes"/>; the message is one line.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
        : this(SearchErrorCodes.InvalidSyntax, "The query cannot be read.")
    {
    }

    public SearchQueryException(string message)
        : this(SearchErrorCodes.InvalidSyntax, message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = SearchErrorCodes.InvalidSyntax;
    }

    public SearchQueryException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
