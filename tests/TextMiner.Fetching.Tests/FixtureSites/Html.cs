using System.Globalization;
using System.Net;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Small helpers for writing fixture pages.</summary>
internal static class Html
{
    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Paragraphs(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{E(p)}</p>\n"));

    public static string Long(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Rfc1123(DateOnly d) => d.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Napo's listing dates: "06th Mar 2019".</summary>
    public static string Napo(DateOnly d)
    {
        var suffix = (d.Day % 100) switch { 11 or 12 or 13 => "th", _ => (d.Day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" } };
        return d.Day.ToString("00", CultureInfo.InvariantCulture) + suffix + " " + d.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }

    public static string Path(DateOnly d) => d.ToString("yyyy/MM", CultureInfo.InvariantCulture);

    public static string Page(string title, string siteName, string body, string head = "") =>
        $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>{E(title)} - {E(siteName)}</title>
        {head}
        </head>
        <body>
        <a id="top"></a>
        {body}
        </body>
        </html>

        """;
}
