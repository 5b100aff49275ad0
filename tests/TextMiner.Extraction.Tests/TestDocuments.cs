using TextMiner.Core.Records;

namespace TextMiner.Extraction.Tests;

/// <summary>
/// Builds documents the way the Parsing stage reads plain text: the first non-empty line is the title (not a
/// paragraph); paragraphs are blocks separated by blank lines, inner line breaks joined by a space, trimmed.
/// </summary>
internal static class TestDocuments
{
    public static Document FromText(string text, string location = "test.txt")
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? title = null;
        var paragraphs = new List<Paragraph>();
        var block = new List<string>();
        void Flush()
        {
            if (block.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count, string.Join(' ', block.Select(l => l.Trim())).Trim()));
                block.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (title is null)
            {
                if (line.Trim().Length > 0)
                {
                    title = line.Trim();
                }

                continue;
            }

            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else
            {
                block.Add(line);
            }
        }

        Flush();
        return new Document("test", "0", "test", location, title ?? string.Empty, null, DocumentKinds.Document, paragraphs);
    }

    public static Document FromFile(string path) => FromText(File.ReadAllText(path), path);

    /// <summary>A document with a fixed title and the given paragraphs.</summary>
    public static Document WithParagraphs(params string[] paragraphs) =>
        FromText("Test document\n\n" + string.Join("\n\n", paragraphs));

    public static Findings Extract(params string[] paragraphs) => new FindingsExtractor().Extract(WithParagraphs(paragraphs));
}
