using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TextMiner.Parsing.Pdf;

/// <summary>Builds <see cref="PdfTextLine"/>s from PdfPig's words and lines.</summary>
internal static partial class PdfLineFactory
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\s+([,.;:!?)\]])(?=\s|$)")]
    private static partial System.Text.RegularExpressions.Regex SpaceBeforePunctuation();

    private const double SuperscriptSizeRatio = 0.8;
    private const double SuperscriptRise = 0.2;

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
            SpaceBeforePunctuation().Replace(TextNormalizer.Normalize(text ?? string.Join(' ', words.Select(w => WithoutSuperscript(w, fontSize, baseline)).Where(t => t.Length > 0))), "$1"),
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

    /// <summary>
    /// The word's text without footnote markers: small digits raised above the line's baseline ("report¹" → "report").
    /// </summary>
    private static string WithoutSuperscript(Word word, double lineSize, double baseline)
    {
        if (lineSize <= 0 || !word.Letters.Any(l => IsSuperscriptDigit(l, lineSize, baseline)))
        {
            return word.Text;
        }

        return string.Concat(word.Letters.Where(l => !IsSuperscriptDigit(l, lineSize, baseline)).Select(l => l.Value)).Trim();
    }

    private static bool IsSuperscriptDigit(Letter letter, double lineSize, double baseline) =>
        letter.Value.Length == 1 && char.IsDigit(letter.Value[0])
        && letter.PointSize < lineSize * SuperscriptSizeRatio
        && letter.StartBaseLine.Y > baseline + (lineSize * SuperscriptRise);

    public static PdfTextLine FromLine(TextLine line, int page, int blockId, PdfRectangleLike block, PdfRectangleLike pageBox) =>
        FromWords(line.Words, page, blockId, block, pageBox);

    private static bool IsBoldFont(string? fontName) =>
        fontName is not null && (fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase));
}
