using TextMiner.TestSupport;

namespace TextMiner.Search.Tests;

/// <summary>A real index on disk, built once per test class from <see cref="TestDocuments"/> and committed.</summary>
public abstract class SearchIndexFixture
{
    private TempDirectory? temp;

    protected SearchIndex Index { get; private set; } = null!;

    [OneTimeSetUp]
    public void BuildIndex()
    {
        temp = new TempDirectory();
        Index = SearchIndex.Open(temp.Combine("index"));
        foreach (var document in TestDocuments.All())
        {
            Index.Replace(document);
        }

        Index.Commit();
    }

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        Index.Dispose();
        temp?.Dispose();
    }

    protected SearchResponse Search(string query, Unit unit = Unit.Document, int limit = 100) =>
        Index.Search(new SearchRequest(query, unit, Limit: limit));

    protected static IReadOnlyList<string> DocumentIds(SearchResponse response) =>
        response.Hits.Select(h => h.DocumentId).Distinct().Order(StringComparer.Ordinal).ToList();
}
