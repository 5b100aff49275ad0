using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Search.Tests;

/// <summary>
/// The five seed documents (title = first line, paragraphs = blocks separated by blank lines) with hand-set metadata,
/// plus three hand-made documents with ratings, quotes, themes, pages and headings.
/// </summary>
internal static class TestDocuments
{
    public const string LondonNapo = "seed-000";
    public const string WorkloadArticle = "seed-001";
    public const string NapoMagazine = "seed-002";
    public const string LondonHmip = "seed-003";
    public const string SuffolkNapo = "seed-004";
    public const string Kent = "kent";
    public const string NapoPay = "napo-pay";
    public const string Victims = "victims";

    private static readonly DateTimeOffset Fetched = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<AnalysedDocument> All() =>
    [
        Seed("000_12a8d37b9c007e38.txt", LondonNapo, "napo", DocumentKinds.PressRelease, new DateOnly(2019, 5, 22), ["victim-contact", "privatisation"]),
        Seed("001_fecc37bdf789a263.txt", WorkloadArticle, "justice-gap", DocumentKinds.Article, new DateOnly(2019, 12, 6), ["workload", "staffing"]),
        Seed("002_a65fbe37223b3427.txt", NapoMagazine, "napo-magazine", DocumentKinds.MagazineArticle, new DateOnly(2023, 2, 10), ["workload", "training"]),
        LondonHmipWithQuote(),
        Seed("004_a7169dbeeddd8cc3.txt", SuffolkNapo, "napo", DocumentKinds.PressRelease, new DateOnly(2017, 6, 19), ["privatisation", "technology"]),
        KentReport(),
        NapoPayRelease(),
        VictimsThematic(),
    ];

    public static AnalysedDocument Seed(string file, string id, string source, string kind, DateOnly published, string[] themes)
    {
        var path = Corpus.Path("seeds", file);
        var lines = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = lines[0].Trim();
        var blocks = string.Join('\n', lines.Skip(1))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(b => b.Length > 0)
            .ToList();
        var paragraphs = blocks.Select((text, i) => new Paragraph(i, text)).ToList();
        var document = new Document(id, "v1-" + id, source, path, title, published, kind, paragraphs);
        return new AnalysedDocument(document, Findings.Empty, Scores(themes), paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(), Fetched);
    }

    private static AnalysedDocument LondonHmipWithQuote()
    {
        var seed = Seed("003_60c6e7e09c21e100.txt", LondonHmip, "hmip", DocumentKinds.PressRelease, new DateOnly(2019, 5, 22), ["victim-contact", "estates"]);
        var paragraph = seed.Document.Paragraphs.First(p => p.Text.Contains("We have found work with victims", StringComparison.Ordinal));
        var text = "We have found work with victims to be good or outstanding in other NPS divisions, so we are disappointed to see this is not the case in London.";
        var quote = new Quote("Glenys Stacey", "Chief Inspector of Probation", "HM Inspectorate of Probation", text, new Evidence(paragraph.Index, 0, text.Length), Scores(["victim-contact"]));
        var rating = new Rating(RatingValues.RequiresImprovement, "overall", "London division", "rating of ‘Requires improvement’", new Evidence(6, 0, 10));
        return seed with { Findings = new Findings([rating], [], [quote]) };
    }

    public static AnalysedDocument KentReport(string version = "v1")
    {
        string[] texts =
        [
            "Kent, Surrey and Sussex CRC has been rated Requires improvement overall.",
            "Staff told us their caseloads were too high and that the CRC could not recruit enough probation officers.",
            "The Chief Inspector said: “Leaders must act quickly to make sure that staff have manageable workloads and that risk of harm is assessed properly.”",
            "Work with MAPPA partners and the Ministry of Justice was well organised, and unpaid work was delivered promptly.",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t, Page: i + 1, Heading: i == 0 ? "Overall findings" : "Staffing")).ToList();
        var document = new Document(Kent, version, "hmip", "https://example.org/hmip/kent", "An inspection of probation services in Kent, Surrey and Sussex CRC", new DateOnly(2020, 3, 10), DocumentKinds.InspectionReport, paragraphs);
        var quoteText = "Leaders must act quickly to make sure that staff have manageable workloads and that risk of harm is assessed properly.";
        var findings = new Findings(
            [new Rating(RatingValues.RequiresImprovement, "overall", "Kent, Surrey and Sussex CRC", texts[0], new Evidence(0, 0, texts[0].Length))],
            [new Figure(FigureKinds.Caseload, 60, null, texts[1], new Evidence(1, 0, 10))],
            [new Quote("Justin Russell", "Chief Inspector of Probation", "HM Inspectorate of Probation", quoteText, new Evidence(2, 0, quoteText.Length), Scores(["leadership", "workload"]))]);
        IReadOnlyList<IReadOnlyList<ThemeScore>> paragraphThemes = [Scores(["leadership"]), Scores(["staffing", "workload"]), Scores(["leadership"]), Scores(["public-protection"])];
        return new AnalysedDocument(document, findings, Scores(["staffing", "workload", "leadership"]), paragraphThemes, Fetched);
    }

    private static AnalysedDocument NapoPayRelease()
    {
        string[] texts =
        [
            "Napo members have voted for industrial action in a dispute over pay and conditions in the Probation Service.",
            "Ian Lawrence said: “Our members have had enough of years of pay restraint and excessive workloads, and the employer must now negotiate.”",
            "The union also raised concerns about the Offender Assessment System and delays to community payback placements.",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t)).ToList();
        var document = new Document(NapoPay, "v1", "napo", "https://example.org/napo/pay", "Napo members vote for industrial action over pay", new DateOnly(2021, 7, 1), DocumentKinds.PressRelease, paragraphs);
        var quoteText = "Our members have had enough of years of pay restraint and excessive workloads, and the employer must now negotiate.";
        var findings = new Findings([], [], [new Quote("Ian Lawrence", "General Secretary", "Napo", quoteText, new Evidence(1, 0, quoteText.Length), Scores(["pay-and-conditions"])) { Confidence = 0.5 }]);
        return new AnalysedDocument(document, findings, Scores(["pay-and-conditions"]), [Scores(["pay-and-conditions"]), Scores(["pay-and-conditions", "workload"]), Scores(["technology"])], Fetched);
    }

    private static AnalysedDocument VictimsThematic()
    {
        string[] texts =
        [
            "The inspection found that victim liaison officers were overstretched and the work was rated Inadequate.",
            "Dame Glenys Stacey said: “Victims deserve better than this, and the service must put their needs first every single time.”",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t)).ToList();
        var document = new Document(Victims, "v1", "hmip", "https://example.org/hmip/victims", "Victim contact work rated Inadequate in thematic inspection", new DateOnly(2018, 11, 5), DocumentKinds.ThematicReport, paragraphs);
        var quoteText = "Victims deserve better than this, and the service must put their needs first every single time.";
        var findings = new Findings(
            [new Rating(RatingValues.Inadequate, "victim work", null, texts[0], new Evidence(0, 0, texts[0].Length))],
            [],
            [new Quote("Glenys Stacey", "Chief Inspector of Probation", "HM Inspectorate of Probation", quoteText, new Evidence(1, 0, quoteText.Length), [])]);
        return new AnalysedDocument(document, findings, Scores(["victim-contact"]), [Scores(["victim-contact"]), Scores(["victim-contact"])], Fetched);
    }

    private static IReadOnlyList<ThemeScore> Scores(string[] labels) => labels.Select((l, i) => new ThemeScore(l, 0.9 - (i * 0.1))).ToList();
}
