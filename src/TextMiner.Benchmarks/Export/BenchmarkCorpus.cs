using System.Globalization;
using System.Text;
using TextMiner.Core;
using TextMiner.Core.Records;

namespace TextMiner.Benchmarks.Export;

/// <summary>
/// Generated documents in the genre (staffing figures, grades, quotes with commas, quote marks and line breaks), so an
/// export benchmark exercises CSV quoting and every kind of row. Seeded: the same count gives the same corpus.
/// </summary>
public static class BenchmarkCorpus
{
    public const int ParagraphsPerDocument = 100;

    private static readonly string[] Areas = ["Kent, Surrey and Sussex", "Wales", "London", "the North West", "Yorkshire", "the Midlands"];

    public static IEnumerable<AnalysedDocument> Generate(int paragraphs, DateTimeOffset fetchedAt)
    {
        var random = new Random(20261122);
        var documents = (paragraphs + ParagraphsPerDocument - 1) / ParagraphsPerDocument;
        for (var d = 0; d < documents; d++)
        {
            var count = Math.Min(ParagraphsPerDocument, paragraphs - (d * ParagraphsPerDocument));
            yield return CreateDocument(d, count, random, fetchedAt);
        }
    }

    private static AnalysedDocument CreateDocument(int number, int paragraphCount, Random random, DateTimeOffset fetchedAt)
    {
        var area = Areas[number % Areas.Length];
        var location = string.Create(CultureInfo.InvariantCulture, $"https://bench.example/reports/{number:D6}");
        var texts = new List<string>(paragraphCount);
        var figures = new List<Figure>();
        var quotes = new List<Quote>();
        var ratings = new List<Rating>();
        for (var p = 0; p < paragraphCount; p++)
        {
            var vacancies = random.Next(5, 60);
            var caseload = random.Next(30, 90);
            var text = (p % 4) switch
            {
                0 => $"Inspectors found {vacancies}% of probation officer posts vacant in {area}, and caseloads of {caseload} cases per officer.",
                1 => $"\"Staff are doing their best, but the workload is unmanageable,\" said Jane Smith, a Napo representative.\nShe added that training had been cut.",
                2 => $"Overall, the service was rated Requires improvement. Court work was rated Good; public protection work remains a concern in {area}.",
                _ => $"Leadership has improved since the last inspection, with new managers appointed and a focus on victim contact and rehabilitation.",
            };
            texts.Add(text);
            if (p % 4 == 0)
            {
                var evidence = $"{vacancies}% of probation officer posts vacant";
                var start = text.IndexOf(evidence, StringComparison.Ordinal);
                figures.Add(new Figure(FigureKinds.VacancyRate, vacancies, "probation officers", evidence, new Evidence(p, start, start + evidence.Length)));
            }
            else if (p % 4 == 1)
            {
                var words = "Staff are doing their best, but the workload is unmanageable,";
                quotes.Add(new Quote("Jane Smith", "Napo representative", "Napo", words, new Evidence(p, 1, 1 + words.Length), [new ThemeScore("workload", 0.9)]));
            }
            else if (p % 4 == 2)
            {
                const string evidence = "rated Requires improvement";
                var start = text.IndexOf(evidence, StringComparison.Ordinal);
                ratings.Add(new Rating(RatingValues.RequiresImprovement, "overall", area, evidence, new Evidence(p, start, start + evidence.Length)));
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join("\n\n", texts));
        var document = new Document(
            DocumentId.For(location),
            ContentHash.Sha256Hex(bytes),
            "bench",
            location,
            $"Inspection of probation services: {area} ({number})",
            new DateOnly(2015 + (number % 11), 1 + (number % 12), 1 + (number % 28)),
            DocumentKinds.InspectionReport,
            [.. texts.Select((t, i) => new Paragraph(i, t))]);
        IReadOnlyList<ThemeScore> Theme(int p) => (p % 4) switch
        {
            0 => [new ThemeScore("staffing", 0.9), new ThemeScore("workload", 0.6)],
            1 => [new ThemeScore("workload", 0.8)],
            2 => [new ThemeScore("public-protection", 0.7)],
            _ => [new ThemeScore("leadership", 0.8)],
        };
        return new AnalysedDocument(
            document,
            new Findings(ratings, figures, quotes),
            [new ThemeScore("staffing", 0.8)],
            [.. Enumerable.Range(0, paragraphCount).Select(Theme)],
            fetchedAt);
    }
}
