using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Rebuilds paragraphs from lines in reading order: breaks at larger gaps, indents, bullets, short last lines, font
/// changes and table rows; joins a paragraph that runs on into the next column or page; mends hyphenated breaks.
/// </summary>
internal static partial class PdfParagraphBuilder
{
    private const double GapFactor = 1.4;
    private const double ShortLineShare = 0.3;
    private const double FullLineSlack = 0.08;

    [GeneratedRegex(@"^(?:[•▪◦●○■□►▶✓\-–—*]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"[.!?:;][""'”’)]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TerminalPunctuation();

    [GeneratedRegex(@"(?:\.\s?){4,}\s*\d+$|^[.\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DotLeader();

    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<PdfTextLine> allLines)
    {
        var lines = allLines.Where(l => l.Text.Length > 0 && !DotLeader().IsMatch(l.Text)).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var bodySize = BodyFontSize(lines);
        var bodyBold = lines.Where(l => !l.IsTableRow).Sum(l => l.IsBold ? l.Text.Length : -l.Text.Length) > 0;
        var blockGaps = BlockLineGaps(lines);
        var fullWidths = FullLineWidths(lines);
        var joiner = new HyphenationJoiner(lines.Select(l => l.Text));
        var paragraphs = new List<Paragraph>();
        string? heading = null;
        var text = "";
        PdfTextLine? first = null;
        PdfTextLine? previous = null;
        var previousIsHeading = false;
        var headings = PdfHeadingDetector.Detect(lines, bodySize, bodyBold, fullWidths);
        var index = 0;

        void Finish()
        {
            var normalized = TextNormalizer.Normalize(text);
            if (first is not null && normalized.Any(char.IsLetterOrDigit))
            {
                if (previousIsHeading)
                {
                    heading = normalized;
                }

                paragraphs.Add(new Paragraph(paragraphs.Count, normalized, first.Page, heading));
            }

            text = "";
            first = null;
        }

        foreach (var line in lines)
        {
            var isHeading = headings[index++];
            if (previous is null || first is null || Breaks(previous, line, first, isHeading, previousIsHeading, blockGaps, fullWidths))
            {
                Finish();
                first = line;
                text = line.Text;
            }
            else
            {
                text = joiner.Join(text, line.Text);
            }

            previous = line;
            previousIsHeading = isHeading;
        }

        Finish();
        return paragraphs;
    }

    private static bool Breaks(
        PdfTextLine previous, PdfTextLine line, PdfTextLine first, bool isHeading, bool previousIsHeading, Dictionary<int, double> blockGaps, Dictionary<int, double> fullWidths)
    {
        if (line.IsTableRow || previous.IsTableRow || isHeading != previousIsHeading)
        {
            return true;
        }

        var size = Math.Max(1, Math.Max(previous.FontSize, line.FontSize));
        if (Math.Abs(previous.FontSize - line.FontSize) > 1.0 || BulletStart().IsMatch(line.Text))
        {
            return true;
        }

        var endsSentence = TerminalPunctuation().IsMatch(previous.Text);
        if (line.BlockId != previous.BlockId)
        {
            return !ContinuesAcrossBlocks(previous, line, isHeading, endsSentence, size, fullWidths.GetValueOrDefault(previous.Page));
        }

        var gap = previous.Baseline - line.Baseline;
        var typical = blockGaps.GetValueOrDefault(line.BlockId, size * 1.2);
        if (gap <= 0 || gap > Math.Max(typical, size) * GapFactor)
        {
            return true;
        }

        if (isHeading)
        {
            return false;
        }

        var indentStep = size * 0.9;
        var firstIsBullet = BulletStart().IsMatch(first.Text);
        if (!firstIsBullet && line.Left > previous.Left + indentStep && previous.Left - previous.BlockLeft < indentStep)
        {
            return true;
        }

        var blockWidth = Math.Max(1, previous.BlockRight - previous.BlockLeft);
        return endsSentence && previous.Right < previous.BlockRight - (blockWidth * ShortLineShare);
    }

    /// <summary>
    /// A paragraph running on into the next column or page: the last line of the column is full (or ends mid-sentence
    /// or mid-word) and the text goes on at the top of the next column.
    /// </summary>
    private static bool ContinuesAcrossBlocks(PdfTextLine previous, PdfTextLine line, bool isHeading, bool endsSentence, double size, double fullWidth)
    {
        if (isHeading)
        {
            return false;
        }

        var startsLower = char.IsLower(line.Text[0]);
        if (startsLower && (previous.Text.EndsWith('-') || !endsSentence))
        {
            return true;
        }

        var wrapped = line.Page != previous.Page || line.Baseline > previous.Baseline + size;
        // Full against the page's typical text line, not the block: a one-line block is always as wide as itself.
        var full = fullWidth > 0 && previous.Right - previous.Left >= fullWidth * (1 - FullLineSlack);
        return wrapped && full && !BulletStart().IsMatch(line.Text);
    }

    /// <summary>The font size carrying most characters.</summary>
    public static double BodyFontSize(IReadOnlyList<PdfTextLine> lines) =>
        lines.GroupBy(l => Math.Round(l.FontSize * 2) / 2)
            .OrderByDescending(g => g.Sum(l => l.Text.Length))
            .First().Key;

    /// <summary>Per page, the width of a full text line: the 80th percentile width of body lines of five words or more.</summary>
    private static Dictionary<int, double> FullLineWidths(IReadOnlyList<PdfTextLine> lines) =>
        lines.Where(l => !l.IsTableRow && l.WordCount >= 5)
            .GroupBy(l => l.Page)
            .ToDictionary(g => g.Key, g =>
            {
                var widths = g.Select(l => l.Right - l.Left).Order().ToList();
                return widths[(int)(widths.Count * 0.8)];
            });

    /// <summary>Median baseline-to-baseline distance of consecutive lines within each block.</summary>
    private static Dictionary<int, double> BlockLineGaps(IReadOnlyList<PdfTextLine> lines)
    {
        var gaps = new Dictionary<int, List<double>>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].BlockId == lines[i - 1].BlockId && lines[i - 1].Baseline > lines[i].Baseline)
            {
                (gaps.TryGetValue(lines[i].BlockId, out var list) ? list : gaps[lines[i].BlockId] = []).Add(lines[i - 1].Baseline - lines[i].Baseline);
            }
        }

        return gaps.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ElementAt(kv.Value.Count / 2));
    }
}
