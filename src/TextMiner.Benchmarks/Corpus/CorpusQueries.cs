using TextMiner.Benchmarks.Search;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// The benchmark's query list, one query a line: terms, AND/OR, phrases, sloppy phrases, prefixes and acronyms in the
/// syntax both TextMiner and Java Lucene's classic query parser read. Deterministic for a seed.
/// </summary>
internal static class CorpusQueries
{
    public static IReadOnlyList<string> Create(int count, int seed)
    {
        var random = new Random(unchecked((seed * 7919) + 42));
        string Term() => Vocabulary.QueryTerms[random.Next(Vocabulary.QueryTerms.Length)];
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            queries.Add((i % 8) switch
            {
                0 => Term(),
                1 => $"{Term()} OR {Term()}",
                2 => $"{Term()} AND {Term()}",
                3 => Vocabulary.QueryPhrases[random.Next(Vocabulary.QueryPhrases.Length)],
                4 => $"\"{Term()} {Term()}\"~5",
                5 => Term()[..4] + "*",
                6 => Vocabulary.Acronyms[random.Next(Vocabulary.Acronyms.Length)],
                _ => $"{Term()} {Term()}",
            });
        }

        return queries;
    }
}
