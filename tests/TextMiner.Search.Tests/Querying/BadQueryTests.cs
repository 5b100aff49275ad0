namespace TextMiner.Search.Tests.Querying;

public sealed class BadQueryTests : SearchIndexFixture
{
    public static IEnumerable<TestCaseData> BadQueries()
    {
        yield return Bad("\"victim contact", SearchErrorCodes.UnbalancedQuotes, "quote");
        yield return Bad("victims AND \"contact", SearchErrorCodes.UnbalancedQuotes, "quote");
        yield return Bad("(victims OR staff", SearchErrorCodes.UnbalancedBrackets, "'(' is never closed");
        yield return Bad("victims)", SearchErrorCodes.UnbalancedBrackets, "')' has no matching");
        yield return Bad("published:[2019-01-01 TO 2020-12-31", SearchErrorCodes.UnbalancedBrackets, "'[' is never closed");
        yield return Bad("*victims", SearchErrorCodes.LeadingWildcard, "'*victims' starts with a wildcard");
        yield return Bad("?ictims", SearchErrorCodes.LeadingWildcard, "starts with a wildcard");
        yield return Bad("text:*ictims", SearchErrorCodes.LeadingWildcard, "starts with a wildcard");
        yield return Bad(new string('a', 10_000), SearchErrorCodes.QueryTooLong, "10,000 characters");
        yield return Bad("colour:blue", SearchErrorCodes.UnknownField, "There is no field 'colour'; known fields: text, title");
        yield return Bad("published:[2019-13-01 TO 2020-01-01]", SearchErrorCodes.MalformedDate, "'2019-13-01' is not a date");
        yield return Bad("published:yesterday", SearchErrorCodes.MalformedDate, "'yesterday' is not a date");
        yield return Bad("victims AND", SearchErrorCodes.InvalidSyntax, "ends where a term was expected");
        yield return Bad("OR victims", SearchErrorCodes.InvalidSyntax, "need a term on each side");
        yield return Bad("victims^x", SearchErrorCodes.InvalidSyntax, "ends with a special character");
    }

    [TestCaseSource(nameof(BadQueries))]
    public void Search_BadQuery_ThrowsItsCodeWithOneLineMessage(string query, string code, string messagePart)
    {
        var exception = Assert.Throws<SearchQueryException>(() => Search(query));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(code));
            Assert.That(exception.Message, Does.Contain(messagePart));
            Assert.That(exception.Message, Does.Not.Contain('\n'));
        });
    }

    [TestCase(0, 0)]
    [TestCase(1001, 0)]
    [TestCase(10, -1)]
    [TestCase(10, 10_001)]
    public void Search_BadPaging_ThrowsInvalidPaging(int limit, int offset)
    {
        var exception = Assert.Throws<SearchQueryException>(() => Index.Search(new SearchRequest("victims", Limit: limit, Offset: offset)));

        Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.InvalidPaging));
    }

    [TestCase("published:[2019-01 TO 2019-12]")]
    [TestCase("victims \\\"escaped")]
    [TestCase("[")]
    [TestCase("a:b:c")]
    [TestCase("victims~2")]
    [TestCase("title:/vict.*/")]
    [TestCase("\\")]
    [TestCase("AND OR NOT")]
    public void Search_EdgeQuery_DoesNotThrowAnythingButSearchQueryException(string query)
    {
        Exception? unexpected = null;
        try
        {
            Search(query);
        }
        catch (SearchQueryException)
        {
            // A clear error is as good as a result here.
        }
        catch (Exception exception) when (exception is not AssertionException)
        {
            unexpected = exception;
        }

        Assert.That(unexpected, Is.Null);
    }

    private static TestCaseData Bad(string query, string code, string messagePart) =>
        new TestCaseData(query, code, messagePart).SetName($"Search_{code}_{(query.Length > 30 ? query[..30] : query)}");
}
