using System.Globalization;
using TextMiner.Search;

namespace TextMiner.Benchmarks.Search;

/// <summary>A fixed, deterministic mix of the query forms researchers use, with filters, sorting and units.</summary>
internal static class QueryMix
{
    public static IReadOnlyList<SearchRequest> Create(int count)
    {
        var random = new Random(42);
        string Term() => Vocabulary.QueryTerms[random.Next(Vocabulary.QueryTerms.Length)];
        var requests = new List<SearchRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var year = random.Next(2014, 2024);
            requests.Add((i % 12) switch
            {
                0 => new SearchRequest(Term()),
                1 => new SearchRequest($"{Term()} OR {Term()}"),
                2 => new SearchRequest($"{Term()} AND {Term()}"),
                3 => new SearchRequest(Vocabulary.QueryPhrases[random.Next(Vocabulary.QueryPhrases.Length)]),
                4 => new SearchRequest($"\"{Term()} {Term()}\"~5"),
                5 => new SearchRequest(Term()[..4] + "*"),
                6 => new SearchRequest($"{Term()} -{Term()}", Theme: Core.Records.Themes.All[random.Next(Core.Records.Themes.All.Count)]),
                7 => new SearchRequest(string.Create(CultureInfo.InvariantCulture, $"{Term()} AND published:[{year}-01-01 TO {year + 1}-12-31]")),
                8 => new SearchRequest(Vocabulary.Acronyms[random.Next(Vocabulary.Acronyms.Length)], Source: "hmip"),
                9 => new SearchRequest(Term(), Sort: SearchSort.Date),
                10 => new SearchRequest(Term(), Unit.Quote, Speaker: Vocabulary.Speakers[random.Next(Vocabulary.Speakers.Length)].Split(' ')[1]),
                _ => new SearchRequest($"title:{Term()} {Term()}", Unit.Document),
            });
        }

        return requests;
    }
}
