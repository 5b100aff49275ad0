using HtmlAgilityPack;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Parsing;

namespace TextMiner.Pipeline.Analysis;

/// <summary>
/// Parse → Extract → Classify for one raw document: the pure, synchronous middle of the pipeline. The classifier is asked
/// for only when first needed, so a verb that never classifies never loads the model.
/// </summary>
public sealed class DocumentAnalyser(IDocumentParser parser, IFindingsExtractor extractor, Func<IThemeClassifier> classifier)
{
    public StageResult<Document> Parse(RawDocument raw) => parser.Parse(raw);

    /// <summary>
    /// Analyses <paramref name="raw"/>. A crawled report page comes with its <paramref name="page"/>, loaded once by the
    /// crawler with the parser's own loader (<see cref="DocumentParser.LoadHtml"/>), which the parser reads instead.
    /// </summary>
    public StageResult<AnalysedDocument> Analyse(RawDocument raw, HtmlDocument? page = null)
    {
        var parsed = page is not null && parser is DocumentParser html ? html.Parse(raw, page) : parser.Parse(raw);
        return parsed.Map(document => Analyse(document, raw.FetchedAt, raw.ContentType));
    }

    public AnalysedDocument Analyse(Document document, DateTimeOffset fetchedAt, string? contentType)
    {
        var findings = extractor.Extract(document);
        var model = classifier();

        // The title counts towards the document's themes, not as a paragraph.
        var texts = document.Paragraphs.Select(p => p.Text).Prepend(document.Title).ToList();
        var (textThemes, documentThemes) = model.ClassifyParagraphsAndDocument(texts);
        var quoteThemes = model.Classify(findings.Quotes.Select(q => q.Text).ToList());
        var quotes = findings.Quotes.Select((quote, i) => quote.WithThemes(quoteThemes[i])).ToList();

        return new AnalysedDocument(
            document,
            findings with { Quotes = quotes },
            documentThemes,
            textThemes.Skip(1).ToList(),
            fetchedAt,
            contentType);
    }
}
