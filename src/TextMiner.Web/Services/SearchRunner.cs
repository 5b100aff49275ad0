using TextMiner.Search;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Services;

/// <summary>Runs a query on the index; a query the index cannot run becomes a friendly 400 with its one-line message.</summary>
internal static class SearchRunner
{
    public static SearchResponse Run(SearchIndex index, QueryState query)
    {
        try
        {
            return index.Search(query.ToSearchRequest());
        }
        catch (SearchQueryException exception)
        {
            throw new WebRequestException(exception.Code, exception.Message);
        }
    }
}
