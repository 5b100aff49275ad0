namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Decides which lines are headings. A heading is short: a run of at most <see cref="MaxRunLines"/> lines and
/// <see cref="MaxRunWords"/> words, larger than the body text or bold where the body is not, not ending like a sentence.
/// A line that merely opens a paragraph — a bold or larger first line, a standfirst — is not one: when the next line of
/// the same block, at the normal line gap and in the same size, carries the text on (the run ends on a full-width line,
/// or the next line starts in lower case), the whole run is body text.
/// </summary>
internal static class PdfHeadingDetector
{
    private const double HeadingSizeRatio = 1.15;
    private const int MaxLineWords = 16;
    private const int MaxLineChars = 120;
    private const int MaxRunLines = 3;
    private const int MaxRunWords = 24;
    private const double SameSize = 0.6;
    private const double NormalGap = 1.5;
    private const double FullWidthShare = 0.85;

    public static bool[] Detect(IReadOnlyList<PdfTextLine> lines, double bodySize, bool bodyBold, IReadOnlyDictionary<int, double> fullWidths)
    {
        var flags = lines.Select(l => IsCandidate(l, bodySize, bodyBold)).ToArray();
        var start = 0;
        while (start < lines.Count)
        {
            if (!flags[start])
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < lines.Count && flags[end + 1] && SameRun(lines[end], lines[end + 1]))
            {
                end++;
            }

            var words = 0;
            for (var i = start; i <= end; i++)
            {
                words += lines[i].WordCount;
            }

            var runsOn = end + 1 < lines.Count && CarriesOn(lines[end], lines[end + 1], fullWidths.GetValueOrDefault(lines[end].Page));
            if (end - start + 1 > MaxRunLines || words > MaxRunWords || runsOn)
            {
                Array.Fill(flags, false, start, end - start + 1);
            }

            start = end + 1;
        }

        return flags;
    }

    private static bool IsCandidate(PdfTextLine line, double bodySize, bool bodyBold)
    {
        if (line.IsTableRow || line.WordCount > MaxLineWords || line.Text.Length > MaxLineChars || !line.Text.Any(char.IsLetter)
            || line.Text.EndsWith('.') || line.Text.EndsWith(',') || line.Text.EndsWith(';'))
        {
            return false;
        }

        return line.FontSize >= bodySize * HeadingSizeRatio || (line.IsBold && !bodyBold && line.FontSize >= bodySize * 0.95);
    }

    private static bool SameRun(PdfTextLine previous, PdfTextLine next) =>
        next.Page == previous.Page && next.BlockId == previous.BlockId && Math.Abs(next.FontSize - previous.FontSize) <= SameSize
        && previous.Baseline - next.Baseline is > 0 and var gap && gap <= Math.Max(previous.FontSize, next.FontSize) * NormalGap;

    /// <summary>The next line continues the run's last line as one paragraph: same block and size, the usual line gap, and a full line or a lower-case start.</summary>
    private static bool CarriesOn(PdfTextLine last, PdfTextLine next, double fullWidth)
    {
        if (next.Page != last.Page || next.BlockId != last.BlockId || next.IsTableRow || Math.Abs(next.FontSize - last.FontSize) > SameSize)
        {
            return false;
        }

        var gap = last.Baseline - next.Baseline;
        if (gap <= 0 || gap > Math.Max(last.FontSize, next.FontSize) * NormalGap)
        {
            return false;
        }

        var full = fullWidth > 0 && last.Right - last.Left >= fullWidth * FullWidthShare;
        return full || char.IsLower(next.Text[0]);
    }
}
