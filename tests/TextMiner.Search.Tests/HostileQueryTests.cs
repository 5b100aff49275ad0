using TextMiner.Core.Records;
using TextMiner.Search.Querying;
using TextMiner.TestSupport;

namespace TextMiner.Search.Tests;

/// <summary>
/// Issue 14, rows 1–3: hostile queries on a real index get a one-line refusal or a bounded answer, and the index keeps
/// answering. The work is bounded by the code (automaton caps, linear matchers); the timeouts only guard the suite.
/// </summary>
[CancelAfter(60_000)]
public sealed class HostileQueryTests
{
    private const string LongWordId = "long-word";
    private static readonly string LongWord = new('a', 200);
    private TempDirectory temp = null!;
    private SearchIndex index = null!;

    [OneTimeSetUp]
    public void BuildIndex()
    {
        temp = new TempDirectory();
        index = SearchIndex.Open(temp.Combine("index"));
        foreach (var document in TestDocuments.All())
        {
            index.Replace(document);
        }

        index.Replace(Document(LongWordId, $"Letters {LongWord} and {LongWord}c were sent."));
        index.Commit();
    }

    [OneTimeTearDown]
    public void DisposeIndex()
    {
        index.Dispose();
        temp.Dispose();
    }

    [TestCase("/[ac]*a[ac]{50,200}/")]
    [TestCase("victims OR /[ac]*a[ac]{50,200}/")]
    [TestCase("title:/.*a.{30}/")]
    [TestCase("/(a{1000}){1000}/")]
    [TestCase("/a{99999999999}/")]
    public void Search_ExplodingRegex_IsRefusedAsTooComplexAndTheIndexStillAnswers(string query)
    {
        var exception = Assert.Throws<SearchQueryException>(() => Search(query));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.RegexTooComplex));
            Assert.That(exception.Message, Does.Contain("too complex").And.Not.Contain('\n'));
            Assert.That(Search("victims").Total, Is.GreaterThan(0), "the index answers the next query");
        });
    }

    [Test]
    public void Search_RegexLongerThanTheCap_IsRefusedAsTooComplex()
    {
        var exception = Assert.Throws<SearchQueryException>(() => Search("/" + new string('a', PatternBudget.MaxRegexLength + 1) + "/"));

        Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.RegexTooComplex));
    }

    [TestCase("/[z-a]/", "runs backwards")]
    [TestCase("/[a-c][z-a]/", "runs backwards")]
    [TestCase("/a{,3}/", "a number is expected")]
    [TestCase("/a{x}/", "a number is expected")]
    public void Search_MalformedRegex_IsRefusedWithOneLine(string query, string why)
    {
        var exception = Assert.Throws<SearchQueryException>(() => Search(query));

        Assert.Multiple(() =>
        {
            Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.MalformedRegex));
            Assert.That(exception.Message, Does.Contain(why).And.Not.Contain('\n'));
            Assert.That(Search("victims").Total, Is.GreaterThan(0));
        });
    }

    [TestCase("/vict[a-z]+/")]
    [TestCase("/(victim|offender)s?/")]
    [TestCase("/v.{5}s/")]
    public void Search_OrdinaryRegex_StillFindsAndMarksItsWords(string query)
    {
        var hits = Search(query).Hits;

        Assert.Multiple(() =>
        {
            Assert.That(hits, Is.Not.Empty);
            Assert.That(hits.SelectMany(Marked), Is.Not.Empty.And.All.Match("^[a-zA-Z]+$"));
        });
    }

    [Test]
    public void Snippet_BacktrackingWildcardOverA200LetterWord_IsBoundedAndMarksOnlyWhatMatches()
    {
        var hit = Search("a*a*a*a*a*a*a*a*a*a*a*a*c").Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.DocumentId, Is.EqualTo(LongWordId));
            Assert.That(Marked(hit), Is.EqualTo(new[] { LongWord + "c" }), "the 200-letter word without the c is not marked");
        });
    }

    [Test]
    public void Search_WildcardOfManyStars_StaysWithinTheCapOrIsRefused()
    {
        var stars = string.Concat(Enumerable.Repeat("a?*", 300)) + "c";

        var exception = Assert.Throws<SearchQueryException>(() => Search(stars));

        Assert.That(exception!.Code, Is.EqualTo(SearchErrorCodes.RegexTooComplex));
    }

    private SearchResponse Search(string query) => index.Search(new SearchRequest(query, Unit.Paragraph, Limit: 100));

    private static IEnumerable<string> Marked(SearchHit hit) =>
        hit.Snippet.Highlights.Select(h => hit.Snippet.Text.Substring(h.Start, h.Length));

    private static AnalysedDocument Document(string id, string text)
    {
        var paragraphs = new[] { new Paragraph(0, text) };
        var document = new Document(id, "v1", "hostile", "https://example.org/" + id, "A hostile document", new DateOnly(2024, 1, 1), DocumentKinds.Article, paragraphs);
        return new AnalysedDocument(document, Findings.Empty, [], [[]], new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }
}
