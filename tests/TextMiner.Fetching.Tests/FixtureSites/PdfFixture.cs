using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>A small real PDF of a document's title, date and paragraphs (Helvetica, A4, wrapped, several pages if need be).</summary>
internal static class PdfFixture
{
    public static byte[] Build(FixtureDocument document)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = Ascii(document.Title);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var lines = new List<(string Text, bool Bold)> { (Ascii(document.Title), true), (Html.Long(document.Date), false), ("", false) };
        foreach (var paragraph in document.Paragraphs)
        {
            lines.AddRange(Wrap(Ascii(paragraph), 90).Select(l => (l, false)));
            lines.Add(("", false));
        }

        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var (text, isBold) in lines)
        {
            if (y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 780;
            }

            if (text.Length > 0)
            {
                page.AddText(text, isBold ? 13 : 10, new PdfPoint(50, y), isBold ? bold : font);
            }

            y -= isBold ? 20 : 14;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > width && line.Length > 0)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private static string Ascii(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u2013', '-');
}
