using HtmlAgilityPack;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Parsing.Html;
using TextMiner.Parsing.Pdf;
using TextMiner.Parsing.Text;

namespace TextMiner.Parsing;

/// <summary>
/// Parse stage: RawDocument → Document for PDF, HTML and plain text. Lenient: recovers and reports diagnostics,
/// fails (with a <see cref="ParseErrors"/> reason) only when nothing usable is left. Never throws for bad input.
/// </summary>
public sealed class DocumentParser : IDocumentParser
{
    private readonly ParsingOptions _options;

    public DocumentParser(ParsingOptions? options = null)
    {
        _options = options ?? ParsingOptions.Default;
        _options.Validate();
    }

    public StageResult<Document> Parse(RawDocument raw) => Parse(raw, null);

    /// <summary>
    /// An HTML page's DOM as <see cref="Parse(RawDocument, HtmlDocument?)"/> builds it (same decoding, same depth cap), for
    /// a crawler to read links from before handing it on; null when the page nests too deep to load.
    /// </summary>
    public HtmlDocument? LoadHtml(byte[] bytes) => HtmlContentParser.Load(TextDecoder.Decode(bytes, out _), _options);

    /// <summary>
    /// Parses <paramref name="raw"/>; an HTML page already loaded by <see cref="LoadHtml"/> from the same bytes is read
    /// from <paramref name="page"/> instead of being loaded again. The page is changed by parsing.
    /// </summary>
    public StageResult<Document> Parse(RawDocument raw, HtmlDocument? page)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Bytes.Length == 0)
        {
            return StageResult<Document>.Failed(ParseErrors.EmptyFile);
        }

        var diagnostics = new List<Diagnostic>();
        var result = ParseContent(raw, page, diagnostics);
        if (!result.IsOk)
        {
            return result.Stopped<Document>().After(diagnostics);
        }

        var content = result.Value!;
        diagnostics.AddRange(content.Diagnostics);
        var title = FirstNonEmpty(raw.Hints?.Title, content.Title);
        if (title is null)
        {
            title = Path.GetFileNameWithoutExtension(raw.IsUrl ? new Uri(raw.Location).AbsolutePath.TrimEnd('/') : raw.Location);
            diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.TitleMissing, "no title found; used the file name"));
        }

        var published = raw.Hints?.Published ?? content.Published;
        if (published is null)
        {
            diagnostics.Add(Diagnostic.Info(ParseDiagnostics.PublishedMissing, "no published date found"));
        }

        var kind = KindClassifier.Classify(raw, title, content.Paragraphs, content.KindSignal);
        var document = new Document(raw.Id, raw.Sha256, raw.Source, raw.Location, title, published, kind, content.Paragraphs);
        return StageResult<Document>.Ok(document, diagnostics);
    }

    private StageResult<ParsedContent> ParseContent(RawDocument raw, HtmlDocument? page, List<Diagnostic> diagnostics)
    {
        var sniffed = FormatSniffer.FromBytes(raw.Bytes);
        var declared = FormatSniffer.FromContentType(raw.ContentType) is var byType and not DocumentFormat.Unknown
            ? byType
            : FormatSniffer.FromExtension(raw.Extension);
        if (sniffed == DocumentFormat.Unknown && declared == DocumentFormat.Pdf)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.NotAPdf);
        }

        if (sniffed != DocumentFormat.Unknown && declared != DocumentFormat.Unknown && sniffed != declared && declared != DocumentFormat.Text)
        {
            diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.FormatMismatch, $"declared {declared} but the bytes are {sniffed}"));
        }

        var format = sniffed != DocumentFormat.Unknown ? sniffed : declared;
        if (format == DocumentFormat.Unknown)
        {
            var knownExtension = raw.Extension.Length > 0 && !raw.IsUrl;
            if (knownExtension || !FormatSniffer.LooksLikeText(raw.Bytes))
            {
                return StageResult<ParsedContent>.Failed(ParseErrors.UnsupportedFormat);
            }

            format = DocumentFormat.Text;
        }

        switch (format)
        {
            case DocumentFormat.Pdf:
                return PdfContentParser.Parse(raw.Bytes, _options);
            case DocumentFormat.Html when page is not null:
                AddFallback(TextDecoder.NeedsFallback(raw.Bytes), diagnostics);
                return HtmlContentParser.Parse(page, _options);
            case DocumentFormat.Html:
                return HtmlContentParser.Parse(Decode(raw.Bytes, diagnostics), _options);
            default:
                if (!FormatSniffer.LooksLikeText(raw.Bytes))
                {
                    return StageResult<ParsedContent>.Failed(ParseErrors.BinaryText);
                }

                return PlainTextParser.Parse(Decode(raw.Bytes, diagnostics));
        }
    }

    private static string Decode(byte[] bytes, List<Diagnostic> diagnostics)
    {
        var text = TextDecoder.Decode(bytes, out var usedFallback);
        AddFallback(usedFallback, diagnostics);
        return text;
    }

    private static void AddFallback(bool usedFallback, List<Diagnostic> diagnostics)
    {
        if (usedFallback)
        {
            diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.EncodingFallback, "bytes are not valid UTF-8; read as Latin-1"));
        }
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
