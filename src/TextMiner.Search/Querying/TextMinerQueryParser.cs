using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;
using TextMiner.Search.Thesaurus;

namespace TextMiner.Search.Querying;

/// <summary>
/// The classic Lucene parser with the index's rules: bare terms search the unit's default fields; field names are
/// checked; <c>published</c> takes dates and date ranges; English terms expand through the thesaurus; wildcards and
/// fuzzy terms go to the unstemmed twin of <c>text</c> (a stem is not a prefix of its word); regex and wildcard terms
/// are sized by <see cref="PatternBudget"/> before Lucene builds their automata. Terms are ANDed unless OR is written
/// between them: a journalist's "victim contact" means both words.
/// </summary>
internal sealed class TextMinerQueryParser : QueryParser
{
    private readonly IReadOnlyList<string> defaultFields;
    private readonly DomainThesaurus thesaurus;

    public TextMinerQueryParser(IReadOnlyList<string> defaultFields, DomainThesaurus thesaurus)
        : base(SearchAnalyzers.Version, null, SearchAnalyzers.PerField)
    {
        this.defaultFields = defaultFields;
        this.thesaurus = thesaurus;
        AllowLeadingWildcard = false;
        AutoGeneratePhraseQueries = true;
        DefaultOperator = AND_OPERATOR;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null)
        {
            return AnyOf(defaultFields.Select(f => GetFieldQuery(f, queryText, quoted)));
        }

        var resolved = Resolve(field);
        if (resolved == IndexFields.Published)
        {
            return DateQueries.Range(SearchDates.Parse(queryText), SearchDates.Parse(queryText, endOfPeriod: true));
        }

        if (IndexFields.EnglishText.Contains(resolved) && thesaurus.Find(queryText) is { } group)
        {
            return AnyOf(group.Select(term => base.GetFieldQuery(resolved, term, quoted: true)));
        }

        return base.GetFieldQuery(resolved, queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (field is null)
        {
            return AnyOf(defaultFields.Select(f => base.GetFieldQuery(f, queryText, slop)));
        }

        return base.GetFieldQuery(Resolve(field), queryText, slop);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var resolved = field is null ? IndexFields.Text : Resolve(field);
        if (resolved != IndexFields.Published)
        {
            return base.GetRangeQuery(resolved, part1, part2, startInclusive, endInclusive);
        }

        DateOnly? from = IsOpen(part1) ? null : SearchDates.Parse(part1, endOfPeriod: !startInclusive);
        DateOnly? to = IsOpen(part2) ? null : SearchDates.Parse(part2, endOfPeriod: endInclusive);
        return DateQueries.Range(from, to, startInclusive || from is null, endInclusive || to is null);
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (field == "*" && termStr == "*")
        {
            return new MatchAllDocsQuery();
        }

        if (field is null && termStr == "*")
        {
            return new MatchAllDocsQuery();
        }

        RejectLeadingWildcard(termStr);
        PatternBudget.CheckWildcard(termStr);
        return Expand(field, f => base.GetWildcardQuery(Unstemmed(f), termStr));
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        RejectLeadingWildcard(termStr);
        return Expand(field, f => base.GetPrefixQuery(Unstemmed(f), termStr));
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Expand(field, f => base.GetFuzzyQuery(Unstemmed(f), termStr, minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        Expand(field, f => base.GetRegexpQuery(Unstemmed(f), termStr));

    /// <summary>
    /// Lucene's regex syntax without its optional operators (~ complement, &amp; intersection, @, #, &lt;…&gt;), whose
    /// automata cannot be sized cheaply; the term is sized by <see cref="PatternBudget"/> before Lucene builds it.
    /// </summary>
    protected override Query NewRegexpQuery(Term regexp)
    {
        PatternBudget.CheckRegex(regexp.Text);
        try
        {
            return new RegexpQuery(regexp, RegExpSyntax.NONE) { MultiTermRewriteMethod = MultiTermRewriteMethod };
        }
        catch (ArgumentException e)
        {
            throw new SearchQueryException(
                SearchErrorCodes.MalformedRegex, SearchErrorMessages.Format(SearchErrorMessages.MalformedRegex, regexp.Text, e.Message));
        }
    }

    private Query Expand(string? field, Func<string, Query> build) =>
        field is null ? AnyOf(defaultFields.Select(build)) : build(Resolve(field));

    private static string Unstemmed(string field) => field == IndexFields.Text ? IndexFields.TextPlain : field;

    private static bool IsOpen(string? part) => part is null or "*" or "";

    private static void RejectLeadingWildcard(string term)
    {
        if (term.Length > 0 && term[0] is '*' or '?')
        {
            throw new SearchQueryException(
                SearchErrorCodes.LeadingWildcard, SearchErrorMessages.Format(SearchErrorMessages.LeadingWildcard, term));
        }
    }

    private static string Resolve(string field)
    {
        if (IndexFields.Queryable.TryGetValue(field, out var resolved))
        {
            return resolved;
        }

        var known = string.Join(", ", IndexFields.QueryableNames);
        throw new SearchQueryException(
            SearchErrorCodes.UnknownField, SearchErrorMessages.Format(SearchErrorMessages.UnknownField, field, known));
    }

    private static Query AnyOf(IEnumerable<Query?> queries)
    {
        var parts = queries.OfType<Query>().ToList();
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var part in parts)
        {
            any.Add(part, Occur.SHOULD);
        }

        return any;
    }
}
