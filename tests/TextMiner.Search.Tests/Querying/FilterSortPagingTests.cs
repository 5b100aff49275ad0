using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Querying;

public sealed class FilterSortPagingTests : SearchIndexFixture
{
    public static IEnumerable<TestCaseData> Filters()
    {
        yield return new TestCaseData(new SearchRequest(Source: "NAPO"), new[] { LondonNapo, NapoPay, SuffolkNapo }).SetName("Search_SourceFilter_IsExactAndCaseInsensitive");
        yield return new TestCaseData(new SearchRequest(Kind: DocumentKindsThematic), new[] { Victims }).SetName("Search_KindFilter_KeepsThatKind");
        yield return new TestCaseData(new SearchRequest(Theme: "staffing"), new[] { Kent, WorkloadArticle }).SetName("Search_ThemeFilter_KeepsThatTheme");
        yield return new TestCaseData(new SearchRequest(Rating: "inadequate"), new[] { Victims }).SetName("Search_RatingFilter_KeepsThatRating");
        yield return new TestCaseData(new SearchRequest(From: new DateOnly(2021, 1, 1)), new[] { NapoMagazine, NapoPay }).SetName("Search_FromFilter_KeepsLaterDocuments");
        yield return new TestCaseData(new SearchRequest(To: new DateOnly(2018, 12, 31)), new[] { SuffolkNapo, Victims }).SetName("Search_ToFilter_KeepsEarlierDocuments");
        yield return new TestCaseData(new SearchRequest(From: new DateOnly(2019, 5, 22), To: new DateOnly(2019, 5, 22)), new[] { LondonHmip, LondonNapo }).SetName("Search_FromAndTo_AreInclusive");
        yield return new TestCaseData(new SearchRequest(Unit: Unit.Quote, Speaker: "Stacey"), new[] { LondonHmip, Victims }).SetName("Search_SpeakerFilter_MatchesSurname");
        yield return new TestCaseData(new SearchRequest(Unit: Unit.Quote, Speaker: "ian lawrence"), new[] { NapoPay }).SetName("Search_SpeakerFilter_MatchesFullName");
        yield return new TestCaseData(new SearchRequest(Unit: Unit.Quote, Organisation: "HM Inspectorate of Probation"), new[] { Kent, LondonHmip, Victims }).SetName("Search_OrganisationFilter_MatchesName");
        yield return new TestCaseData(new SearchRequest("workloads", Source: "hmip", Theme: "workload"), new[] { Kent }).SetName("Search_QueryAndFilters_AllApply");
    }

    private const string DocumentKindsThematic = Core.Records.DocumentKinds.ThematicReport;

    [TestCaseSource(nameof(Filters))]
    public void Search_Filter_KeepsOnlyMatchingUnits(SearchRequest request, string[] expected)
    {
        var response = Index.Search(request with { Unit = request.Unit == Unit.Paragraph ? Unit.Document : request.Unit, Limit = 100 });

        Assert.That(DocumentIds(response), Is.EquivalentTo(expected));
    }

    [Test]
    public void Search_SortByDate_NewestFirst()
    {
        var hits = Index.Search(new SearchRequest(Unit: Unit.Document, Sort: SearchSort.Date, Limit: 100)).Hits;

        Assert.Multiple(() =>
        {
            Assert.That(hits.Select(h => h.Published), Is.Ordered.Descending);
            Assert.That(hits[0].DocumentId, Is.EqualTo(NapoMagazine));
            Assert.That(hits[^1].DocumentId, Is.EqualTo(SuffolkNapo));
        });
    }

    [Test]
    public void Search_Paging_PagesTileTheFullList()
    {
        var request = new SearchRequest("probation", Unit.Paragraph, Limit: 100);
        var all = Index.Search(request);
        var pages = Enumerable.Range(0, (all.Total + 4) / 5)
            .SelectMany(page => Index.Search(request with { Limit = 5, Offset = page * 5 }).Hits)
            .Select(h => h.Id)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(all.Total, Is.GreaterThan(10));
            Assert.That(pages, Is.EqualTo(all.Hits.Select(h => h.Id)));
            Assert.That(Index.Search(request with { Limit = 5, Offset = 5 }).Total, Is.EqualTo(all.Total));
        });
    }

    [Test]
    public void Search_OffsetPastTheEnd_GivesTotalAndNoHits()
    {
        var response = Index.Search(new SearchRequest("Sodexo", Unit.Document, Offset: 50));

        Assert.Multiple(() =>
        {
            Assert.That(response.Total, Is.EqualTo(1));
            Assert.That(response.Hits, Is.Empty);
        });
    }
}
