using Lucene.Net.Index;
using Lucene.Net.Search;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;
using TextMiner.Search.Thesaurus;

namespace TextMiner.Search.Querying;

/// <summary>Turns a <see cref="SearchRequest"/> into the scoring query and the filter (unit and filter options).</summary>
internal static class SearchQueryBuilder
{
    public static Query ParseQuery(SearchRequest request, DomainThesaurus thesaurus)
    {
        var text = request.Query.Trim();
        QueryValidator.Validate(text);
        if (text.Length == 0)
        {
            return new MatchAllDocsQuery();
        }

        var fields = request.Unit == Unit.Document ? new[] { IndexFields.Title, IndexFields.Text } : new[] { IndexFields.Text };
        var parser = new TextMinerQueryParser(fields, thesaurus);
        Query query;
        try
        {
            query = parser.Parse(PhraseMarker.QuoteKnownPhrases(text, thesaurus));
        }
        catch (Lucene.Net.QueryParsers.Classic.ParseException exception)
        {
            throw new SearchQueryException(
                SearchErrorCodes.InvalidSyntax,
                SearchErrorMessages.Format(SearchErrorMessages.InvalidSyntax, OneLine(exception.Message)));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchQueryException(SearchErrorCodes.TooManyTerms, SearchErrorMessages.TooManyTerms);
        }

        return OnlyExclusions(query) ? WithMatchAll((BooleanQuery)query) : query;
    }

    public static Filter BuildFilter(SearchRequest request)
    {
        var unit = UnitFilters.For(request.Unit);
        var filter = new BooleanQuery();
        AddExact(filter, IndexFields.Source, request.Source);
        AddExact(filter, IndexFields.Kind, request.Kind);
        AddExact(filter, IndexFields.Theme, request.Theme);
        AddExact(filter, IndexFields.Rating, request.Rating);
        AddWords(filter, IndexFields.Speaker, request.Speaker);
        AddWords(filter, IndexFields.Organisation, request.Organisation);
        if (request.MinConfidence > 0 && request.Unit == Unit.Quote)
        {
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Confidence, IndexFields.Hundredths(request.MinConfidence), null, true, true), Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            filter.Add(DateQueries.Range(request.From, request.To), Occur.MUST);
        }

        if (filter.Clauses.Count == 0)
        {
            return unit;
        }

        filter.Add(new ConstantScoreQuery(unit), Occur.MUST);
        return new QueryWrapperFilter(filter);
    }

    private static void AddExact(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new TermQuery(new Term(field, IndexFields.Normalise(value))), Occur.MUST);
        }
    }

    /// <summary>The words of a name in order, anywhere in the field: "Stacey" and "Glenys Stacey" both find "Dame Glenys Stacey".</summary>
    private static void AddWords(BooleanQuery filter, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var phrase = new PhraseQuery();
        foreach (var token in Tokens.Analyse(SearchAnalyzers.Names, field, value))
        {
            phrase.Add(new Term(field, token.Term));
        }

        filter.Add(phrase.GetTerms().Length == 0 ? new MatchAllDocsQuery() : phrase, Occur.MUST);
    }

    private static bool OnlyExclusions(Query query) =>
        query is BooleanQuery boolean && boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.IsProhibited);

    private static BooleanQuery WithMatchAll(BooleanQuery query)
    {
        query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return query;
    }

    /// <summary>The parser's message, first line only, said in the user's terms where it is one of the common cases.</summary>
    private static string OneLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var colon = line.IndexOf("': ", StringComparison.Ordinal);
        line = (colon >= 0 ? line[(colon + 3)..] : line).TrimEnd('.');
        if (line.StartsWith("Encountered \"<EOF>\"", StringComparison.Ordinal))
        {
            return "it ends where a term was expected (after an operator or a field name)";
        }

        if (line.StartsWith("Encountered \" <AND>", StringComparison.Ordinal) || line.StartsWith("Encountered \" <OR>", StringComparison.Ordinal)
            || line.StartsWith("Encountered \" <NOT>", StringComparison.Ordinal))
        {
            var column = line.LastIndexOf("column ", StringComparison.Ordinal);
            return "AND, OR and NOT need a term on each side" + (column >= 0 ? " (at " + line[column..] + ")" : string.Empty);
        }

        return line.StartsWith("Lexical error", StringComparison.Ordinal)
            ? "it ends with a special character (\\ ^ ~ or :); remove it or escape it with \\"
            : line;
    }
}
