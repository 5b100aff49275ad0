namespace TextMiner.Search;

/// <summary>The index cannot be opened or changed. <see cref="Code"/> is one of <see cref="SearchErrorCodes"/>.</summary>
public sealed class SearchIndexException : Exception
{
    public SearchIndexException()
        : this(SearchErrorCodes.IndexCorrupt, "The index cannot be opened.")
    {
    }

    public SearchIndexException(string message)
        : this(SearchErrorCodes.IndexCorrupt, message)
    {
    }

    public SearchIndexException(string message, Exception innerException)
        : this(SearchErrorCodes.IndexCorrupt, message, innerException)
    {
    }

    public SearchIndexException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
