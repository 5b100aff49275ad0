using System.Net;
using System.Text;

namespace TextMiner.Search.Presentation;

/// <summary>Renders a <see cref="Snippet"/> with its highlights for a terminal or for HTML.</summary>
public static class SnippetRendering
{
    public const string AnsiOn = "\u001b[1;33m";
    public const string AnsiOff = "\u001b[0m";

    public static string ForTerminal(Snippet snippet, SnippetStyle style = SnippetStyle.Markdown) => style switch
    {
        SnippetStyle.Ansi => Render(snippet, AnsiOn, AnsiOff, s => s),
        SnippetStyle.Plain => snippet.Text,
        _ => Render(snippet, "**", "**", s => s),
    };

    /// <summary>HTML-encoded text with each highlight in &lt;mark&gt;.</summary>
    public static string ForHtml(Snippet snippet) => Render(snippet, "<mark>", "</mark>", WebUtility.HtmlEncode);

    private static string Render(Snippet snippet, string open, string close, Func<string, string> encode)
    {
        var text = snippet.Text;
        var output = new StringBuilder(text.Length + (snippet.Highlights.Count * (open.Length + close.Length)));
        var position = 0;
        foreach (var span in snippet.Highlights.OrderBy(s => s.Start))
        {
            var start = Math.Clamp(span.Start, position, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            output.Append(encode(text[position..start])).Append(open).Append(encode(text[start..end])).Append(close);
            position = end;
        }

        return output.Append(encode(text[position..])).ToString();
    }
}
