using System.Text.RegularExpressions;
using TextMiner.Core;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Drops running headers and footers: lines in the top or bottom margin whose text (digits ignored) repeats on a
/// large share of pages, plus bare page numbers ("3", "Page 3 of 12", "- 3 -", "iv") in those margins. A short document
/// has too few pages for repetition to show, so a short line set smaller than the body at the very top of a page, above
/// all of its text, is a running header too (a date there is kept: it may be the only one).
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
        var bodySize = lines.Count == 0 ? 0 : PdfParagraphBuilder.BodyFontSize(lines);
        var topOfPage = lines.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Where(l => l.FontSize > bodySize * SmallShare).Select(l => l.Baseline).DefaultIfEmpty(double.MinValue).Max());
        var kept = new List<PdfTextLine>(lines.Count);
        foreach (var line in lines)
        {
            var running = InMargin(line, options.MarginShare)
                && (PageNumber().IsMatch(line.Text) || (pageCount >= 2 && pagesByKey.GetValueOrDefault(Key(line)) >= threshold)
                    || IsSmallTopLine(line, bodySize, topOfPage[line.Page], options.MarginShare));
            if (!running)
            {
                kept.Add(line);
            }
        }

        removed = lines.Count - kept.Count;
        return kept;
    }

    private const double SmallShare = 0.9;

    private const int MaxHeaderWords = 15;

    private static bool IsSmallTopLine(PdfTextLine line, double bodySize, double highestTextBaseline, double marginShare)
    {
        var height = line.PageTop - line.PageBottom;
        return line.Baseline >= line.PageTop - (height * marginShare)
            && line.FontSize <= bodySize * SmallShare && line.WordCount <= MaxHeaderWords && !line.IsTableRow
            && line.Baseline > highestTextBaseline
            && DateFinder.FindDate(line.Text) is null && DateFinder.FindMonthYear(line.Text) is null;
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
