using System.Text;

namespace TextMiner.Web.Html;

/// <summary>The page frame: skip link, header with the main navigation, main landmark, footer. Assets are served locally.</summary>
internal static class Layout
{
    public const string Quotes = "/";
    public const string Search = "/search";
    public const string Figures = "/figures";

    private static readonly (string Path, string Label)[] Navigation = [(Quotes, "Quotes"), (Search, "Search"), (Figures, "Figures")];

    public static string Page(string title, string active, string body)
    {
        var html = new StringBuilder(body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.E(title)).Append(" — TextMiner</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Assets.StylePath).Append("\">\n")
            .Append("<script src=\"").Append(Assets.ScriptPath).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"site\"><p class=\"brand\"><a href=\"/\">TextMiner</a> <span>probation reports and releases</span></p>\n")
            .Append("<nav aria-label=\"Main\"><ul>");
        foreach (var (path, label) in Navigation)
        {
            html.Append("<li><a href=\"").Append(path).Append('"')
                .Append(path == active ? " aria-current=\"page\"" : string.Empty)
                .Append('>').Append(label).Append("</a></li>");
        }

        html.Append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">\n")
            .Append(body)
            .Append("\n</main>\n<footer class=\"site\"><p>Read-only view of the TextMiner store. Findings are machine-extracted: check them against the original before you publish.</p></footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}
