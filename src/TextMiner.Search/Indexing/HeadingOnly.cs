using TextMiner.Core.Records;

namespace TextMiner.Search.Indexing;

/// <summary>
/// A paragraph that is only a heading ("Contacts", "Victim work"): the parsers mark HTML and PDF headings by giving
/// the paragraph itself as its heading; in plain text it is a short line with no sentence ending.
/// </summary>
internal static class HeadingOnly
{
    private const int MaxWords = 8;

    public static bool Is(Paragraph paragraph)
    {
        var text = paragraph.Text.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        if (paragraph.Heading is { } heading)
        {
            return string.Equals(heading.Trim(), text, StringComparison.Ordinal);
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxWords && char.IsLetterOrDigit(text[^1]);
    }
}
