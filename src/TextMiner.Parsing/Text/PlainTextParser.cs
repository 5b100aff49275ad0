using System.Text.RegularExpressions;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Parsing.Text;

/// <summary>
/// Plain text: the first non-empty line is the title (not a paragraph); paragraphs are blocks separated by blank
/// lines, inner line breaks joined with a space, trimmed; empty blocks dropped.
/// </summary>
internal static partial class PlainTextParser
{
    private const int DateSearchBlocks = 4;

    private const int DateLineMaxChars = 120;

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    public static StageResult<ParsedContent> Parse(string text)
    {
        var lines = LineBreak().Split(text);
        var titleLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (titleLine < 0)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.TextNoContent);
        }

        var title = TextNormalizer.Normalize(lines[titleLine]);
        var paragraphs = new List<Paragraph>();
        var block = new List<string>();
        foreach (var line in lines.Skip(titleLine + 1).Append(""))
        {
            if (line.Trim().Length > 0)
            {
                block.Add(line.Trim());
                continue;
            }

            var joined = TextNormalizer.Normalize(string.Join(' ', block));
            if (joined.Length > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, joined));
            }

            block.Clear();
        }

        return StageResult<ParsedContent>.Ok(new ParsedContent(title, FindPublished(title, paragraphs), paragraphs, null, []));
    }

    /// <summary>A date on a short line near the top ("19 June 2017 - Immediate Release", "Published: 22 May 2019").</summary>
    private static DateOnly? FindPublished(string title, IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var text in paragraphs.Take(DateSearchBlocks).Select(p => p.Text).Prepend(title))
        {
            var isDateLine = text.Length <= DateLineMaxChars
                || text.StartsWith("published", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("date", StringComparison.OrdinalIgnoreCase);
            if (isDateLine && DateFinder.FindDate(text.Length > DateLineMaxChars ? text[..DateLineMaxChars] : text) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
