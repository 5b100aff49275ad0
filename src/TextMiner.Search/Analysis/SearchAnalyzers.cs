using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Analysis;

/// <summary>The analyzers of the index, shared by indexing, query parsing and highlighting so all three agree.</summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English: standard tokens, possessives dropped, lower case, stop words, Porter stems.</summary>
    public static Analyzer English { get; } = new EnglishAnalyzer(Version);

    public static Analyzer Names { get; } = new StandardAnalyzer(Version, CharArraySet.Empty);

    /// <summary>
    /// What <see cref="English"/> does after its tokenizer, applied to tokens already lower-cased (<see cref="Names"/>'
    /// tokens of the same text): possessives dropped, stop words, Porter stems. The same tokens as <see cref="English"/>:
    /// its possessive filter runs before lower-casing but drops "'s" and "'S" alike, and the two analyzers share the
    /// tokenizer and its settings. Lets a text be tokenized once for both of its fields (<c>DocumentTokens</c>).
    /// </summary>
    public static TokenStream EnglishAfterLowerCase(TokenStream lowerCased) =>
        new PorterStemFilter(new StopFilter(Version, new EnglishPossessiveFilter(Version, lowerCased), EnglishAnalyzer.DefaultStopSet));

    public static Analyzer Exact { get; } = Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new KeywordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
    });

    /// <summary>
    /// What the writer analyses with: <see cref="PerField"/>, but the exact fields' values (already normalised by
    /// <c>UnitDocumentBuilder</c>) indexed whole as one term, as Lucene's <c>StringField</c> would. A <c>StringField</c>
    /// makes a new token stream, with its attributes found by reflection under a lock, for every field of every unit:
    /// a third of the inversion's time in a reindex (docs/performance.md, "Fourth pass"); an analyzer's stream is reused.
    /// </summary>
    public static Analyzer Indexing { get; } = new PerFieldAnalyzerWrapper(
        English,
        IndexFields.Names.Select(f => KeyValuePair.Create(f, Names))
            .Append(KeyValuePair.Create(IndexFields.TextPlain, Names))
            .Concat(IndexFields.Keywords.Select(f => KeyValuePair.Create(f, (Analyzer)new KeywordAnalyzer())))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        English,
        IndexFields.Names.Select(f => KeyValuePair.Create(f, Names))
            .Append(KeyValuePair.Create(IndexFields.TextPlain, Names))
            .Concat(IndexFields.Exact.Select(f => KeyValuePair.Create(f, Exact)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
