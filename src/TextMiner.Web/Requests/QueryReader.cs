using System.Globalization;
using Microsoft.AspNetCore.Http;
using TextMiner.Search;

namespace TextMiner.Web.Requests;

/// <summary>Reads and checks the query-string parameters the pages and the API share.</summary>
internal static class QueryReader
{
    public static string Query(IQueryCollection query)
    {
        var text = query["q"].ToString().Trim();
        if (text.Length > WebLimits.MaxQueryLength)
        {
            throw new WebRequestException(WebErrors.QueryTooLongCode, Format(WebErrors.QueryTooLong, text.Length, WebLimits.MaxQueryLength));
        }

        return text;
    }

    public static string? Filter(IQueryCollection query, string name)
    {
        var value = query[name].ToString().Trim();
        if (value.Length > WebLimits.MaxFilterLength)
        {
            throw new WebRequestException(WebErrors.FilterTooLongCode, Format(WebErrors.FilterTooLong, name, WebLimits.MaxFilterLength));
        }

        return value.Length == 0 ? null : value;
    }

    public static DateOnly? Date(IQueryCollection query, string name, bool endOfPeriod)
    {
        var value = Filter(query, name);
        if (value is null)
        {
            return null;
        }

        try
        {
            return SearchDates.Parse(value, endOfPeriod);
        }
        catch (SearchQueryException exception)
        {
            throw new WebRequestException(exception.Code, exception.Message);
        }
    }

    public static int Page(IQueryCollection query) =>
        Number(query, "page", 1, WebLimits.MaxPage, WebErrors.PageNumberCode, Format(WebErrors.PageNumber, WebLimits.MaxPage));

    public static int Size(IQueryCollection query) =>
        Number(query, "size", WebLimits.DefaultPageSize, WebLimits.MaxPageSize, WebErrors.PageSizeCode, Format(WebErrors.PageSize, WebLimits.MaxPageSize));

    /// <summary>Relevance when there are words to rank by, newest first otherwise, unless the request says.</summary>
    public static SearchSort Sort(IQueryCollection query, string text) => query["sort"].ToString().Trim().ToLowerInvariant() switch
    {
        "" => text.Length == 0 ? SearchSort.Date : SearchSort.Relevance,
        "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        _ => throw new WebRequestException(WebErrors.BadSortCode, WebErrors.BadSort),
    };

    public static Unit SearchUnit(IQueryCollection query) => query["unit"].ToString().Trim().ToLowerInvariant() switch
    {
        "" or "paragraphs" or "paragraph" => Unit.Paragraph,
        "documents" or "document" => Unit.Document,
        _ => throw new WebRequestException(WebErrors.BadUnitCode, WebErrors.BadUnit),
    };

    private static int Number(IQueryCollection query, string name, int fallback, int max, string code, string message)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= max
            ? number
            : throw new WebRequestException(code, message);
    }

    public static string Format(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
