using BenchmarkDotNet.Attributes;
using TextMiner.Benchmarks.Search;
using TextMiner.Search;

namespace TextMiner.Microbench;

/// <summary>
/// Query side over a generated index of 1,000 documents (20,000 paragraphs): a term query with ten snippets against
/// the same query with one (the difference is snippet building), and a match-everything query with one hit (facet
/// counting over every unit dominates). Through the public SearchIndex API, so internals can change underneath.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _folder = null!;
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "textminer-microbench-" + Guid.NewGuid().ToString("N"));
        _index = SearchIndex.Open(_folder);
        var generator = new CorpusGenerator();
        for (var i = 0; i < 1000; i++)
        {
            _index.Replace(generator.Next(i));
        }

        _index.Commit();
        _index.Search(new SearchRequest("caseloads"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public SearchResponse OneSnippet() => _index.Search(new SearchRequest("caseloads", Limit: 1));

    [Benchmark]
    public SearchResponse TenSnippets() => _index.Search(new SearchRequest("caseloads", Limit: 10));

    [Benchmark]
    public SearchResponse FacetCountingOverEverything() => _index.Search(new SearchRequest("", Limit: 1));
}
