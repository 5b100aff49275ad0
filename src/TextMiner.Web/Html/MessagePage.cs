namespace TextMiner.Web.Html;

/// <summary>A friendly page for errors and for "nothing ingested yet".</summary>
internal static class MessagePage
{
    public static string Render(string heading, string message, string active = "") => Layout.Page(
        heading,
        active,
        $"<h1>{Html.E(heading)}</h1>\n<p class=\"message\">{Html.E(message)}</p>\n<p><a href=\"/\">Quotes</a> · <a href=\"/search\">Search</a> · <a href=\"/figures\">Figures</a></p>");

    public static string NothingIngested(string active) => Layout.Page(
        "Nothing ingested yet",
        active,
        $"<h1>Nothing ingested yet</h1>\n<p class=\"message\">{Html.E(WebErrors.NothingIngested)}</p>\n<pre><code>textminer ingest</code></pre>");
}
