using System.Globalization;

namespace TextMiner.Web.Services;

/// <summary>Links to a document's original: only http(s) URLs become links; a PDF link opens at its page.</summary>
internal static class Links
{
    public static string? Original(string location, int? page)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var isPdf = uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        return isPdf && page is { } number && uri.Fragment.Length == 0
            ? uri.AbsoluteUri + "#page=" + number.ToString(CultureInfo.InvariantCulture)
            : uri.AbsoluteUri;
    }

    public static string Document(string id) => "/documents/" + Uri.EscapeDataString(id);

    public static string Paragraph(string id, int? paragraph) =>
        Document(id) + (paragraph is { } index ? "#p" + index.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
