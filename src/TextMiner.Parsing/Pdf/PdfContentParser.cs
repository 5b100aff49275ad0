using TextMiner.Core.Stages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using PigOptions = UglyToad.PdfPig.ParsingOptions;

namespace TextMiner.Parsing.Pdf;

/// <summary>PDF bytes → paragraphs in reading order, with page numbers, running lines removed and hyphenation mended.</summary>
internal static class PdfContentParser
{
    private const int OpeningPages = 2;

    public static StageResult<ParsedContent> Parse(byte[] bytes, ParsingOptions options)
    {
        var truncated = !HasEndMarker(bytes);
        try
        {
            return Read(bytes, options, truncated);
        }
        catch (PdfDocumentEncryptedException)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.EncryptedPdf);
        }
        catch (PdfDocumentStackDepthException)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.PdfTooDeep);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig reports damaged structure through many exception types (format, key-not-found, index, cast,
            // stack depth...); to a reader they all mean "this file cannot be read", and bad input must not throw.
            return StageResult<ParsedContent>.Failed(truncated ? ParseErrors.TruncatedPdf : ParseErrors.DamagedPdf);
        }
    }

    private static StageResult<ParsedContent> Read(byte[] bytes, ParsingOptions options, bool truncated)
    {
        using var pdf = PdfDocument.Open(bytes, new PigOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = options.MaxPdfNesting });
        if (pdf.IsEncrypted && pdf.NumberOfPages == 0)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.EncryptedPdf);
        }

        var diagnostics = new List<Diagnostic>();
        var pageCount = Math.Min(pdf.NumberOfPages, options.MaxPdfPages);
        if (pdf.NumberOfPages > options.MaxPdfPages)
        {
            diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.PdfPagesLimited, $"read {options.MaxPdfPages} of {pdf.NumberOfPages} pages"));
        }

        var lines = new List<PdfTextLine>();
        var blockSeed = 0;
        var unreadable = 0;
        var tooDeep = false;
        for (var number = 1; number <= pageCount; number++)
        {
            try
            {
                lines.AddRange(PdfPageReader.Read(pdf.GetPage(number), ref blockSeed));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not PdfDocumentEncryptedException)
            {
                unreadable++;
                tooDeep |= ex is PdfDocumentStackDepthException;
                diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.PdfPageUnreadable, $"page {number}: {ex.GetType().Name}"));
            }
        }

        if (lines.Count == 0)
        {
            var reason = tooDeep ? ParseErrors.PdfTooDeep : truncated && unreadable > 0 ? ParseErrors.TruncatedPdf : ParseErrors.PdfNoText;
            return StageResult<ParsedContent>.Failed(reason).After(diagnostics);
        }

        if (truncated)
        {
            diagnostics.Add(Diagnostic.Warning(ParseDiagnostics.PdfTruncated, "the file has no %%EOF marker; text may be incomplete"));
        }

        var kept = RunningLineFilter.Filter(lines, pageCount, options, out var removed);
        if (removed > 0)
        {
            diagnostics.Add(Diagnostic.Info(ParseDiagnostics.PdfRunningLinesRemoved, $"{removed} running header, footer or page-number lines removed"));
        }

        var paragraphs = PdfParagraphBuilder.Build(kept);
        if (paragraphs.Count == 0)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.PdfNoText).After(diagnostics);
        }

        var firstPage = kept.Count > 0 ? kept[0].Page : 1;
        var opening = kept.Where(l => l.Page < firstPage + OpeningPages).ToList();
        var title = PdfMetadata.Title(pdf.Information.Title, [.. kept.Where(l => l.Page == firstPage)], PdfParagraphBuilder.BodyFontSize(kept), paragraphs);
        paragraphs = PdfMetadata.WithoutTitle(paragraphs, title);
        var published = PdfMetadata.Published(opening, pdf.Information.CreationDate, out var monthOnly);
        if (monthOnly)
        {
            diagnostics.Add(Diagnostic.Info(ParseDiagnostics.PublishedMonthOnly, "only a month and year found; used the first of the month"));
        }

        return StageResult<ParsedContent>.Ok(new ParsedContent(title, published, paragraphs, PdfMetadata.KindSignal(opening), diagnostics));
    }

    private static bool HasEndMarker(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }
}
