using System.Text.Json;
using TextMiner.Core.Records;

namespace TextMiner.Core.Tests;

/// <summary>Findings keep the `extract` contract's flat JSON: "paragraph", "start" and "end" beside the finding's own fields.</summary>
public sealed class FindingJsonTests
{
    private static readonly Findings Sample = new(
        [new Rating(RatingValues.Good, "overall", "Kent CRC", "rated as Good", new Evidence(4, 9, 13)) { Rule = "ratings.overall.rated-as", Confidence = 0.95 }],
        [new Figure(FigureKinds.Vacancies, 150, null, "150 vacancies", new Evidence(2, 0, 3)) { Rule = "figures.vacancies.noun", Confidence = 0.8 }],
        [new Quote("Ann Example", "chief officer", null, "We are stretched.", new Evidence(5, 1, 18), [new ThemeScore("workload", 0.7)]) { LastParagraph = 6, Confidence = 0.6 }]);

    [Test]
    public void Serialize_Rating_WritesEvidenceFlat()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Sample.Ratings[0]));

        Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "value", "aspect", "subject", "evidence", "paragraph", "start", "end", "rule", "confidence" }));
        Assert.That(json.RootElement.GetProperty("evidence").GetString(), Is.EqualTo("rated as Good"));
        Assert.That(json.RootElement.GetProperty("start").GetInt32(), Is.EqualTo(9));
    }

    [Test]
    public void RoundTrip_Findings_AreEqual()
    {
        var back = JsonSerializer.Deserialize<Findings>(JsonSerializer.Serialize(Sample))!;

        Assert.That(back.Ratings, Is.EqualTo(Sample.Ratings));
        Assert.That(back.Figures, Is.EqualTo(Sample.Figures));
        Assert.That(back.Quotes.Single() with { Themes = [] }, Is.EqualTo(Sample.Quotes.Single() with { Themes = [] }));
        Assert.That(back.Quotes.Single().Themes, Is.EqualTo(Sample.Quotes.Single().Themes));
    }

    [Test]
    public void Deserialize_QuoteWithoutOptionalFields_ReadsNullsAndNoThemes()
    {
        var quote = JsonSerializer.Deserialize<Quote>("""{"speaker":null,"text":"Too many cases.","paragraph":1,"start":2,"end":17,"confidence":0.5}""")!;

        Assert.That((quote.Speaker, quote.Evidence, quote.Themes.Count, quote.LastParagraph, quote.Rule), Is.EqualTo(((string?)null, new Evidence(1, 2, 17), 0, (int?)null, "")));
    }

    [Test]
    public void Deserialize_MissingOffset_ThrowsNamingTheField()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Figure>("""{"kind":"caseload","value":60,"evidence":"60 cases","paragraph":1,"start":0,"confidence":1}"""))!;

        Assert.That(error.Message, Does.Contain("\"end\""));
    }

    [Test]
    public void Deserialize_BadOffsets_ThrowsTheEvidenceError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonSerializer.Deserialize<Rating>(
            """{"value":"Good","aspect":"overall","evidence":"x","paragraph":0,"start":8,"end":2,"confidence":1}"""));
}
