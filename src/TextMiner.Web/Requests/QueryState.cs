using System.Text;
using Microsoft.AspNetCore.Http;
using TextMiner.Search;

namespace TextMiner.Web.Requests;

/// <summary>
/// One page's or API call's query, checked: the words, the filters (as typed, and dates as read), sort and paging.
/// Builds the links that change one parameter (facets, paging) so the page needs no script.
/// </summary>
internal sealed record QueryState(
    string Text,
    Unit Unit,
    IReadOnlyDictionary<string, string> Filters,
    DateOnly? From,
    DateOnly? To,
    SearchSort Sort,
    bool SortGiven,
    int Page,
    int Size)
{
    public const string Theme = "theme";
    public const string Speaker = "speaker";
    public const string Organisation = "organisation";
    public const string Source = "source";
    public const string Kind = "kind";
    public const string Rating = "rating";
    public const string FromName = "from";
    public const string ToName = "to";

    private static readonly string[] FilterNames = [Theme, Speaker, Organisation, Source, Kind, Rating, FromName, ToName];

    public static QueryState Read(IQueryCollection query, Unit unit)
    {
        var text = QueryReader.Query(query);
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in FilterNames)
        {
            if (QueryReader.Filter(query, name) is { } value)
            {
                filters[name] = value;
            }
        }

        var page = QueryReader.Page(query);
        var size = QueryReader.Size(query);
        if ((long)(page - 1) * size > SearchRequest.MaxOffset)
        {
            throw new WebRequestException(WebErrors.PageTooDeepCode, QueryReader.Format(WebErrors.PageTooDeep, SearchRequest.MaxOffset));
        }

        return new QueryState(
            text,
            unit == Unit.Quote ? Unit.Quote : QueryReader.SearchUnit(query),
            filters,
            QueryReader.Date(query, FromName, endOfPeriod: false),
            QueryReader.Date(query, ToName, endOfPeriod: true),
            QueryReader.Sort(query, text),
            query["sort"].ToString().Trim().Length > 0,
            page,
            size);
    }

    public string? Filter(string name) => Filters.TryGetValue(name, out var value) ? value : null;

    public SearchRequest ToSearchRequest() => new(
        Query: Text,
        Unit: Unit,
        Source: Filter(Source),
        Kind: Filter(Kind),
        Theme: Filter(Theme),
        Speaker: Filter(Speaker),
        Organisation: Filter(Organisation),
        Rating: Filter(Rating),
        From: From,
        To: To,
        Sort: Sort,
        Limit: Size,
        Offset: (Page - 1) * Size);

    /// <summary>A link to <paramref name="path"/> with this query and the given changes (null removes a parameter); filters reset paging.</summary>
    public string Link(string path, params (string Name, string? Value)[] changes)
    {
        var values = new List<(string Name, string Value)>();
        if (Text.Length > 0)
        {
            values.Add(("q", Text));
        }

        if (Unit == Unit.Document)
        {
            values.Add(("unit", "documents"));
        }

        values.AddRange(Filters.OrderBy(f => Array.IndexOf(FilterNames, f.Key)).Select(f => (f.Key, f.Value)));
        if (SortGiven)
        {
            values.Add(("sort", Sort == SearchSort.Date ? "date" : "relevance"));
        }

        if (Size != WebLimits.DefaultPageSize)
        {
            values.Add(("size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var keepsPage = changes.All(c => c.Name == "page");
        if (keepsPage && Page > 1)
        {
            values.Add(("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        foreach (var (name, value) in changes)
        {
            values.RemoveAll(v => v.Name == name);
            if (!string.IsNullOrEmpty(value))
            {
                values.Add((name, value));
            }
        }

        var builder = new StringBuilder(path);
        for (var i = 0; i < values.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(values[i].Name)).Append('=').Append(Uri.EscapeDataString(values[i].Value));
        }

        return builder.ToString();
    }
}
