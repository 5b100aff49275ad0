namespace TextMiner.Search.Tests.Querying;

/// <summary>`--min-confidence` keeps only quotes extracted with at least that confidence.</summary>
public sealed class MinConfidenceTests : SearchIndexFixture
{
    [Test]
    public void Search_QuotesWithMinConfidence_DropsLessCertainQuotes()
    {
        var all = Index.Search(new SearchRequest("", Unit.Quote, Limit: 100));
        var confident = Index.Search(new SearchRequest("", Unit.Quote, Limit: 100, MinConfidence: 0.8));

        Assert.That(all.Hits.Select(h => h.Speaker), Does.Contain("Ian Lawrence"));
        Assert.That(confident.Hits.Select(h => h.Speaker), Does.Not.Contain("Ian Lawrence"));
        Assert.That(confident.Total, Is.EqualTo(all.Total - 1));
    }

    [Test]
    public void Search_MinConfidenceZero_KeepsEveryQuote() =>
        Assert.That(
            Index.Search(new SearchRequest("", Unit.Quote, Limit: 100, MinConfidence: 0)).Total,
            Is.EqualTo(Index.Search(new SearchRequest("", Unit.Quote, Limit: 100)).Total));
}
