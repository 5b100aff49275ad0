using System.Text;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>Lays a generated document out as plain text: title, publication line, then headings and paragraphs separated by blank lines.</summary>
internal static class TextLayout
{
    public static string Render(GeneratedReport report)
    {
        var text = new StringBuilder(8_192);
        text.Append(report.Title).Append("\n\nPublished: ").Append(HtmlLayout.LongDate(report.Published)).Append("\n\n");
        foreach (var section in report.Sections)
        {
            if (section.Heading is not null)
            {
                text.Append(section.Heading).Append("\n\n");
            }

            foreach (var paragraph in section.Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        return text.ToString();
    }
}
