using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Facets;

public sealed class FacetTests : SearchIndexFixture
{
    [TestCase("", Unit.Document)]
    [TestCase("probation", Unit.Paragraph)]
    [TestCase("", Unit.Quote)]
    public void Search_Facets_SingleValuedFacetsAddUpToTotalOverWholeResultSet(string query, Unit unit)
    {
        var response = Index.Search(new SearchRequest(query, unit, Limit: 1));

        Assert.Multiple(() =>
        {
            Assert.That(response.Hits, Has.Count.EqualTo(1), "facets must not depend on the page");
            Assert.That(response.Facets.Source.Values.Sum(), Is.EqualTo(response.Total));
            Assert.That(response.Facets.Year.Values.Sum(), Is.EqualTo(response.Total), "every test unit has a date");
        });
    }

    [Test]
    public void Search_DocumentFacets_CountEachValue()
    {
        var facets = Index.Search(new SearchRequest(Unit: Unit.Document)).Facets;

        Assert.Multiple(() =>
        {
            Assert.That(facets.Source, Is.EquivalentTo(new Dictionary<string, int> { ["napo"] = 3, ["hmip"] = 3, ["justice-gap"] = 1, ["napo-magazine"] = 1 }));
            Assert.That(facets.Year["2019"], Is.EqualTo(3));
            Assert.That(facets.Theme["workload"], Is.EqualTo(3));
            Assert.That(facets.Rating, Is.EquivalentTo(new Dictionary<string, int> { ["Requires improvement"] = 2, ["Inadequate"] = 1 }));
            Assert.That(facets.Source.Keys.First(), Is.EqualTo("hmip"), "largest count first, then by name");
        });
    }

    [Test]
    public void Search_QuoteFacets_CountSpeakers()
    {
        var facets = Index.Search(new SearchRequest(Unit: Unit.Quote)).Facets;

        Assert.That(facets.Speaker, Is.EquivalentTo(new Dictionary<string, int> { ["Glenys Stacey"] = 2, ["Justin Russell"] = 1, ["Ian Lawrence"] = 1 }));
    }

    [Test]
    public void Search_FilteredFacets_CountOnlyMatches()
    {
        var response = Index.Search(new SearchRequest(Unit: Unit.Document, Source: "hmip"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Facets.Source, Is.EquivalentTo(new Dictionary<string, int> { ["hmip"] = 3 }));
            Assert.That(DocumentIds(response), Is.EquivalentTo(new[] { LondonHmip, Kent, Victims }));
        });
    }
}
