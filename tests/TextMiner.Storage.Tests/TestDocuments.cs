using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests;

/// <summary>
/// Analysed documents built from the real seed 003 (HMIP press release on the London NPS division, May 2019), with
/// findings whose paragraph and offsets point at the real words, so every field of every record is exercised.
/// </summary>
internal static class TestDocuments
{
    public const string HmipLocation = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/london-nps/";

    public static IReadOnlyList<Paragraph> SeedParagraphs(string seed = "003_60c6e7e09c21e100.txt") =>
        File.ReadAllLines(Corpus.Path("seeds", seed))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select((text, index) => new Paragraph(index, text, Page: index / 4 + 1, Heading: index % 5 == 0 ? null : "London NPS"))
            .ToArray();

    public static AnalysedDocument Hmip(string version = "v1", IReadOnlyList<Paragraph>? paragraphs = null, Findings? findings = null)
    {
        paragraphs ??= SeedParagraphs();
        var document = new Document(
            DocumentId.For(HmipLocation),
            version,
            "hmip-legacy",
            HmipLocation,
            paragraphs[0].Text,
            new DateOnly(2019, 5, 22),
            DocumentKinds.PressRelease,
            paragraphs);
        return new AnalysedDocument(
            document,
            findings ?? HmipFindings(paragraphs),
            [new ThemeScore("victim-contact", 0.93), new ThemeScore("staffing", 0.7123456789012345)],
            paragraphs.Select((_, i) => (IReadOnlyList<ThemeScore>)(i % 3 == 0 ? [] : [new ThemeScore("staffing", i / 100.0)])).ToArray(),
            new DateTimeOffset(2026, 11, 1, 3, 4, 5, 678, TimeSpan.FromHours(1)),
            "text/html; charset=utf-8");
    }

    public static Findings HmipFindings(IReadOnlyList<Paragraph> paragraphs)
    {
        var overall = Locate(paragraphs, "Requires improvement");
        var court = Locate(paragraphs, "Good");
        var vacancies = Locate(paragraphs, "more than 150 unfilled vacancies");
        var sickness = Locate(paragraphs, "more than 10 per cent");
        var quote = Locate(paragraphs, "We have found work with victims");
        return new Findings(
            [
                new Rating(RatingValues.RequiresImprovement, "overall", "London division of the NPS", overall.Evidence, new Evidence(overall.Paragraph, overall.Start, overall.End)) { Rule = "ratings.overall.rating-of", Confidence = 0.95 },
                new Rating(RatingValues.Good, "court work", null, court.Evidence, new Evidence(court.Paragraph, court.Start, court.End)),
            ],
            [
                new Figure(FigureKinds.Vacancies, 150, "London division", vacancies.Evidence, new Evidence(vacancies.Paragraph, vacancies.Start, vacancies.End)) { Rule = "figures.vacancies.noun", Confidence = 0.8 },
                new Figure(FigureKinds.SicknessAbsence, 10.5, null, sickness.Evidence, new Evidence(sickness.Paragraph, sickness.Start, sickness.End)),
            ],
            [
                new Quote(
                    "Glenys Stacey",
                    "Chief Inspector of Probation",
                    "HM Inspectorate of Probation",
                    "We have found work with victims to be good or outstanding in other NPS divisions",
                    new Evidence(quote.Paragraph,
                    quote.Start,
                    quote.Start + 81),
                    [new ThemeScore("victim-contact", 0.91)]) { Rule = "quotes.said.after-quote", Confidence = 0.9 },
                new Quote("one nps manager", null, null, "Some victims are not being offered a service at all", new Evidence(quote.Paragraph, 10, 60), []),
            ]);
    }

    public static (int Paragraph, int Start, int End, string Evidence) Locate(IReadOnlyList<Paragraph> paragraphs, string words)
    {
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Text.IndexOf(words, StringComparison.Ordinal);
            if (start >= 0)
            {
                return (paragraph.Index, start, start + words.Length, paragraph.Text);
            }
        }

        throw new InvalidOperationException($"'{words}' is not in the seed");
    }
}
