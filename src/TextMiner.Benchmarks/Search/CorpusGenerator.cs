using System.Globalization;
using System.Text;
using TextMiner.Core.Records;

namespace TextMiner.Benchmarks.Search;

/// <summary>A deterministic corpus of report-like documents: 20 paragraphs each, with dates, sources, themes, ratings and a quote.</summary>
internal sealed class CorpusGenerator
{
    public const int ParagraphsPerDocument = 20;

    private static readonly string[] Sources = ["hmip", "napo", "napo-magazine", "hmip-legacy"];
    private static readonly DateTimeOffset Fetched = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random random = new(20190522);

    public AnalysedDocument Next(int number)
    {
        var area = Pick(Vocabulary.Areas);
        var source = Sources[number % Sources.Length];
        var paragraphs = Enumerable.Range(0, ParagraphsPerDocument)
            .Select(i => new Paragraph(i, ParagraphText(area), Page: (i / 4) + 1, Heading: i % 5 == 0 ? Capitalise(Pick(Vocabulary.QueryTerms)) : null))
            .ToList();
        var quoteText = Capitalise(Fill(Pick(Vocabulary.Clauses))) + ", and we will keep pressing for change.";
        paragraphs[2] = paragraphs[2] with { Text = paragraphs[2].Text + " “" + quoteText + "”" };
        var published = new DateOnly(2014, 1, 1).AddDays(random.Next(0, 11 * 365));
        var id = "bench-" + number.ToString("D6", CultureInfo.InvariantCulture);
        var kind = source.StartsWith("hmip", StringComparison.Ordinal) ? DocumentKinds.InspectionReport : DocumentKinds.PressRelease;
        var document = new Document(id, "v1", source, "https://example.org/" + source + "/" + id, $"{area} probation: {Pick(Vocabulary.QueryTerms)} and {Pick(Vocabulary.QueryTerms)}", published, kind, paragraphs);
        var quote = new Quote(Pick(Vocabulary.Speakers), "Chief Inspector of Probation", source.StartsWith("hmip", StringComparison.Ordinal) ? "HM Inspectorate of Probation" : "Napo", quoteText, new Evidence(2, 0, quoteText.Length), Themes(1));
        Rating[] ratings = kind == DocumentKinds.InspectionReport ? [new Rating(Pick(RatingValues.All), "overall", area, "rated", new Evidence(0, 0, 5))] : [];
        var paragraphThemes = paragraphs.Select(_ => Themes(random.Next(0, 3))).ToList();
        return new AnalysedDocument(document, new Findings(ratings, [], [quote]), Themes(random.Next(1, 4)), paragraphThemes, Fetched);
    }

    private string ParagraphText(string area)
    {
        var text = new StringBuilder();
        var sentences = random.Next(3, 7);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(Pick(Vocabulary.Subjects)).Append(' ').Append(Pick(Vocabulary.Verbs)).Append(' ')
                .Append(Fill(Pick(Vocabulary.Clauses))).Append(i % 3 == 0 ? " in " + area : string.Empty).Append(". ");
        }

        return text.ToString().TrimEnd();
    }

    private IReadOnlyList<ThemeScore> Themes(int count) =>
        Enumerable.Range(0, count).Select(_ => Pick(Core.Records.Themes.All)).Distinct().Select(t => new ThemeScore(t, 0.8)).ToList();

    private string Fill(string clause) => clause.Replace("{n}", random.Next(5, 160).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
