using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Analysis;

/// <summary>Parse → Extract → Classify for one raw document: the pure, synchronous middle of the pipeline.</summary>
public sealed class DocumentAnalyser(IDocumentParser parser, IFindingsExtractor extractor, Func<IThemeClassifier> classifier)
{
    /// <summary>Documents are classified on their title and opening text: enough for the theme, bounded in cost.</summary>
    private const int DocumentTextLimit = 20_000;

    public StageResult<Document> Parse(RawDocument raw) => parser.Parse(raw);

    public StageResult<AnalysedDocument> Analyse(RawDocument raw)
    {
        var parsed = parser.Parse(raw);
        return parsed.Map(document => Analyse(document, raw.FetchedAt, raw.ContentType));
    }

    public AnalysedDocument Analyse(Document document, DateTimeOffset fetchedAt, string? contentType)
    {
        var findings = extractor.Extract(document);
        var model = classifier();

        var texts = new List<string>(document.Paragraphs.Count + findings.Quotes.Count + 1) { DocumentText(document) };
        texts.AddRange(document.Paragraphs.Select(p => p.Text));
        texts.AddRange(findings.Quotes.Select(q => q.Text));
        var themes = model.Classify(texts);

        var paragraphThemes = themes.Skip(1).Take(document.Paragraphs.Count).ToList();
        var quotes = findings.Quotes
            .Select((quote, i) => quote.WithThemes(themes[1 + document.Paragraphs.Count + i]))
            .ToList();

        return new AnalysedDocument(
            document,
            findings with { Quotes = quotes },
            themes[0],
            paragraphThemes,
            fetchedAt,
            contentType);
    }

    private static string DocumentText(Document document)
    {
        var text = string.Join("\n", document.Paragraphs.Select(p => p.Text).Prepend(document.Title));
        return text.Length <= DocumentTextLimit ? text : text[..DocumentTextLimit];
    }
}
