using System.Text.RegularExpressions;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Drops running headers and footers: lines in the top or bottom margin whose text (digits ignored) repeats on a
/// large share of pages, plus bare page numbers ("3", "Page 3 of 12", "- 3 -", "iv") in those margins.
/// </summary>
internal static partial class RunningLineFilter
{
    [GeneratedRegex(@"^(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static IReadOnlyList<PdfTextLine> Filter(IReadOnlyList<PdfTextLine> lines, int pageCount, ParsingOptions options, out int removed)
    {
        var marginLines = lines.Where(l => InMargin(l, options.MarginShare)).ToList();
        var pagesByKey = marginLines
            .GroupBy(Key)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Page).Distinct().Count());
        var threshold = Math.Max(2, (int)Math.Ceiling(pageCount * options.RunningLineMinPageShare));
        var kept = new List<PdfTextLine>(lines.Count);
        foreach (var line in lines)
        {
            var running = InMargin(line, options.MarginShare)
                && (PageNumber().IsMatch(line.Text) || (pageCount >= 2 && pagesByKey.GetValueOrDefault(Key(line)) >= threshold));
            if (!running)
            {
                kept.Add(line);
            }
        }

        removed = lines.Count - kept.Count;
        return kept;
    }

    private static bool InMargin(PdfTextLine line, double marginShare)
    {
        var height = line.PageTop - line.PageBottom;
        if (height <= 0)
        {
            return false;
        }

        return line.Baseline >= line.PageTop - (height * marginShare) || line.Top <= line.PageBottom + (height * marginShare);
    }

    private static string Key(PdfTextLine line) => Digits().Replace(line.Text.ToLowerInvariant(), "#").Trim();
}
