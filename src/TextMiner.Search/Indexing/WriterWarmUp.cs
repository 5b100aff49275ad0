using Lucene.Net.Index;
using Lucene.Net.Store;
using TextMiner.Core.Records;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Compiles the index writer's code before a rebuild needs it. The CLI compiles every method fully optimised at its
/// first call (docs/performance.md, "Third pass"), so a rebuild's first documents stop to compile the analysis and
/// inversion code, and its commit the flushing code (postings, terms dictionary, stored fields, doc values, norms):
/// over a thousand Lucene methods, while the command's start-up before them (opening the store and the index) leaves the
/// second core idle. Indexing one small invented document into a throwaway in-memory index and committing it, on that
/// core during the start-up, compiles most of them there (docs/performance.md, "Seventh pass").
/// </summary>
internal static class WriterWarmUp
{
    public static void Run()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, WriterSettings.Create(OpenMode.CREATE));
        writer.AddDocuments(UnitDocumentBuilder.Build(Sample(), new DocumentTokens()));
        writer.Commit();
    }

    /// <summary>A document with every kind of field a unit can carry: headings, pages, a date, themes, a rating, a figure, a quote.</summary>
    private static AnalysedDocument Sample()
    {
        string[] texts =
        [
            "Inspectors rated the service Requires improvement overall.",
            "Staff told us that caseloads of 60 cases were too high for the officers.",
            "The chief officer said: “We will recruit more officers this year.”",
        ];
        var paragraphs = texts.Select((t, i) => new Paragraph(i, t, Page: i + 1, Heading: i == 0 ? null : "Staffing")).ToList();
        var document = new Document(
            "warm-up", "v1", "warm-up", "https://example.org/warm-up", "An inspection of probation services", new DateOnly(2024, 1, 31),
            DocumentKinds.InspectionReport, paragraphs);
        var themes = new[] { new ThemeScore("staffing", 0.9), new ThemeScore("workload", 0.8) };
        var quote = "We will recruit more officers this year.";
        var findings = new Findings(
            [new Rating(RatingValues.RequiresImprovement, "overall", "the service", texts[0], new Evidence(0, 0, texts[0].Length))],
            [new Figure(FigureKinds.Caseload, 60, null, texts[1], new Evidence(1, 0, texts[1].Length))],
            [new Quote("Sam Example", "Chief Officer", "Example Probation", quote, new Evidence(2, 0, quote.Length), themes)]);
        return new AnalysedDocument(document, findings, themes, [themes, themes, []], DateTimeOffset.UnixEpoch);
    }
}
