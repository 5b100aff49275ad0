using System.Text.RegularExpressions;
using TextMiner.Core;
using TextMiner.Core.Records;

namespace TextMiner.Parsing.Html;

/// <summary>Turns walked blocks into paragraphs: drops furniture sections, the title heading and date lines; tracks headings.</summary>
internal static partial class HtmlParagraphBuilder
{
    private const int MaxHeadingLevelTracked = 4;

    private const int DateLineMaxChars = 80;

    [GeneratedRegex(@"\s*\(?\s*back to (?:the )?top\s*\)?\s*$|^\s*\(?\s*back to (?:the )?top\s*\)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackToTop();

    [GeneratedRegex(@"\b(?:published|posted|updated|last|date|of|publication|on|by|issued)\b|[:|,\-–—/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabelWords();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateWords();

    public static IReadOnlyList<Paragraph> Build(IReadOnlyList<HtmlBlock> blocks, string? title, string? initialHeading, out DateOnly? dateLine)
    {
        dateLine = null;
        var paragraphs = new List<Paragraph>();
        var heading = initialHeading;
        int? skipUntilLevel = null;
        var inToc = false;
        var titleSeen = false;
        foreach (var block in blocks)
        {
            var text = BackToTop().Replace(block.Text, "").Trim();
            if (block.HeadingLevel is { } level)
            {
                if (skipUntilLevel is { } skip && level > skip)
                {
                    continue;
                }

                skipUntilLevel = BoilerplateRules.FurnitureHeading().IsMatch(text) ? level : null;
                inToc = BoilerplateRules.TocHeading().IsMatch(text);
                if (skipUntilLevel is not null || inToc || text.Length == 0)
                {
                    continue;
                }
            }
            else if (skipUntilLevel is not null || BoilerplateRules.IsJunk(text) || (inToc && block.IsListItem))
            {
                continue;
            }

            inToc = false;

            if (IsDateLine(text, out var date))
            {
                dateLine ??= date;
                continue;
            }

            if (!titleSeen && paragraphs.Count < 3 && title is not null && SameText(text, title))
            {
                titleSeen = true;
                heading = block.HeadingLevel is not null ? text : heading;
                continue;
            }

            if (block.HeadingLevel is <= MaxHeadingLevelTracked)
            {
                heading = text;
            }

            if (paragraphs.Count > 0 && paragraphs[^1].Text == text)
            {
                continue;
            }

            paragraphs.Add(new Paragraph(paragraphs.Count, text, null, heading));
        }

        return paragraphs;
    }

    /// <summary>A short line that is only a date and its label ("Published: 22 May 2019", "06th Mar 2019").</summary>
    private static bool IsDateLine(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length > DateLineMaxChars || DateFinder.FindDate(text) is not { } found)
        {
            return false;
        }

        var rest = DateWords().Replace(DateLabelWords().Replace(text, " "), " ").Trim();
        if (rest.Length > 0)
        {
            return false;
        }

        date = found;
        return true;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit)]);
}
