using System.Text;
using System.Text.Json;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// `textminer bench corpus`: writes a deterministic corpus in the sources' registers to a folder, streaming (one
/// document in memory at a time, so N can be 100,000 and more):
/// <c>documents/html/NNNNNN.html</c> (GOV.UK and WordPress pages with their boilerplate),
/// <c>documents/text/NNNNNN.txt</c>, <c>documents/pdf/NNNNNN.pdf</c> (two-column reports with running headers),
/// <c>queries.txt</c> (one query a line), <c>expected.jsonl</c> (the findings planted in each file) and
/// <c>corpus.json</c> (the counts). <c>documents/</c> holds only documents, so it can be ingested as it is.
/// </summary>
public static class ScaledCorpus
{
    public const string DocumentsFolder = "documents";
    public const string QueriesFile = "queries.txt";
    public const string ExpectedFile = "expected.jsonl";
    public const string SummaryFile = "corpus.json";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<CorpusSummary> WriteAsync(string folder, CorpusOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var documents = Path.Combine(folder, DocumentsFolder);
        foreach (var sub in new[] { "html", "text", "pdf" })
        {
            Directory.CreateDirectory(Path.Combine(documents, sub));
        }

        var expected = new StreamWriter(Path.Combine(folder, ExpectedFile), append: false, new UTF8Encoding(false));
        await using (expected.ConfigureAwait(false))
        {
            int html = 0, text = 0, pages = 0, ratings = 0, figures = 0, quotes = 0;
            long bytes = 0;
            async Task Save(string relative, byte[] content, GeneratedReport report, int? pdfPages)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, relative), content, cancellationToken).ConfigureAwait(false);
                bytes += content.Length;
                ratings += report.Planted.Ratings.Count;
                figures += report.Planted.Figures.Count;
                quotes += report.Planted.Speakers.Count;
                var line = new ExpectedDocument(relative.Replace('\\', '/'), RegisterName(report.Register), pdfPages, report.Planted);
                await expected.WriteLineAsync(JsonSerializer.Serialize(line, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < options.Documents; i++)
            {
                var register = (i % 5) switch { 0 or 1 => Register.Inspection, 2 => Register.PressRelease, _ => Register.UnionNews };
                var random = new Random(unchecked((options.Seed * 31) + i));
                var body = register == Register.Inspection ? random.Next(14, 25) : random.Next(6, 13);
                var report = ReportComposer.Compose(options.Seed, i, register, body);
                var name = i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                if (i % 3 == 2)
                {
                    await Save(Path.Combine(DocumentsFolder, "text", name + ".txt"), Encoding.UTF8.GetBytes(TextLayout.Render(report)), report, null).ConfigureAwait(false);
                    text++;
                }
                else
                {
                    await Save(Path.Combine(DocumentsFolder, "html", name + ".html"), Encoding.UTF8.GetBytes(HtmlLayout.Render(report)), report, null).ConfigureAwait(false);
                    html++;
                }
            }

            for (var j = 0; j < options.Pdfs; j++)
            {
                var number = options.Documents + j;
                var random = new Random(unchecked((options.Seed * 31) + number));
                var report = ReportComposer.Compose(options.Seed, number, Register.Inspection, random.Next(6, 14));
                var (pdf, pdfPages) = PdfLayout.Render(report);
                pages += pdfPages;
                var name = number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                await Save(Path.Combine(DocumentsFolder, "pdf", name + ".pdf"), pdf, report, pdfPages).ConfigureAwait(false);
            }

            var queries = CorpusQueries.Create(options.Queries, options.Seed);
            await File.WriteAllLinesAsync(Path.Combine(folder, QueriesFile), queries, cancellationToken).ConfigureAwait(false);
            var summary = new CorpusSummary(options.Seed, html, text, options.Pdfs, pages, queries.Count, bytes, ratings, figures, quotes);
            await File.WriteAllTextAsync(Path.Combine(folder, SummaryFile), JsonSerializer.Serialize(summary, Json), cancellationToken).ConfigureAwait(false);
            return summary;
        }
    }

    private static string RegisterName(Register register) => register switch
    {
        Register.Inspection => "inspection",
        Register.PressRelease => "press-release",
        _ => "union-news",
    };
}
