using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using TextMiner.Search;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Tests.Rendering;

internal sealed class QueryStateTests
{
    [Test]
    public void Link_FilterChange_KeepsQueryAndResetsPage()
    {
        var state = Read("q=unpaid work&speaker=Stacey&page=3");

        Assert.That(state.Link("/", ("theme", "rehabilitation")), Is.EqualTo("/?q=unpaid%20work&speaker=Stacey&theme=rehabilitation"));
    }

    [Test]
    public void Link_PageChange_KeepsFilters()
    {
        var state = Read("theme=staffing&sort=date");

        Assert.That(state.Link("/search", ("page", "2")), Is.EqualTo("/search?theme=staffing&sort=date&page=2"));
    }

    [Test]
    public void Read_NoWords_SortsNewestFirst()
    {
        var state = Read("theme=staffing");

        Assert.Multiple(() =>
        {
            Assert.That(state.Sort, Is.EqualTo(SearchSort.Date));
            Assert.That(state.ToSearchRequest(), Is.EqualTo(new SearchRequest(Unit: Unit.Quote, Theme: "staffing", Sort: SearchSort.Date, Limit: WebLimits.DefaultPageSize)));
        });
    }

    [Test]
    public void Read_YearRange_CoversWholeYears()
    {
        var request = Read("from=2019&to=2020&page=2&size=10").ToSearchRequest();

        Assert.Multiple(() =>
        {
            Assert.That(request.From, Is.EqualTo(new DateOnly(2019, 1, 1)));
            Assert.That(request.To, Is.EqualTo(new DateOnly(2020, 12, 31)));
            Assert.That(request.Offset, Is.EqualTo(10));
        });
    }

    [TestCase("size=101", WebErrors.PageSizeCode)]
    [TestCase("page=1001", WebErrors.PageNumberCode)]
    [TestCase("sort=random", WebErrors.BadSortCode)]
    [TestCase("to=yesterday", SearchErrorCodes.MalformedDate)]
    [TestCase("page=500&size=100", WebErrors.PageTooDeepCode)]
    public void Read_Limits_RejectsWithCode(string query, string code)
    {
        var error = Assert.Catch(() => Read(query)) as WebRequestException;

        Assert.That(error?.Code, Is.EqualTo(code));
    }

    private static QueryState Read(string query)
    {
        var values = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => new StringValues(p[1]));
        return QueryState.Read(new QueryCollection(values), Unit.Quote);
    }
}
