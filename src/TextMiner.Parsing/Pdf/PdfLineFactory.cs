using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TextMiner.Parsing.Pdf;

/// <summary>Builds <see cref="PdfTextLine"/>s from PdfPig's words and lines.</summary>
internal static class PdfLineFactory
{
    public static PdfTextLine FromWords(
        IReadOnlyList<Word> words, int page, int blockId, PdfRectangleLike block, PdfRectangleLike pageBox, bool isTableRow = false, string? text = null)
    {
        var letters = words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var sizes = letters.Select(l => l.PointSize).Order().ToList();
        var fontSize = sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
        var boldLetters = letters.Count(l => IsBoldFont(l.FontName));
        var baseline = letters.Count == 0 ? words[0].BoundingBox.Bottom : letters.Select(l => l.StartBaseLine.Y).Order().ElementAt(letters.Count / 2);
        return new PdfTextLine(
            page,
            TextNormalizer.Normalize(text ?? string.Join(' ', words.Select(w => w.Text))),
            words.Min(w => w.BoundingBox.Left),
            words.Max(w => w.BoundingBox.Right),
            baseline,
            words.Max(w => w.BoundingBox.Top),
            fontSize,
            letters.Count > 0 && boldLetters * 2 > letters.Count,
            blockId,
            block.Left,
            block.Right,
            isTableRow,
            pageBox.Bottom,
            pageBox.Top);
    }

    public static PdfTextLine FromLine(TextLine line, int page, int blockId, PdfRectangleLike block, PdfRectangleLike pageBox) =>
        FromWords(line.Words, page, blockId, block, pageBox);

    private static bool IsBoldFont(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase));
}
