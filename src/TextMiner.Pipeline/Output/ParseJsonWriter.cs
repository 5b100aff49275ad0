using TextMiner.Core.Records;

namespace TextMiner.Pipeline.Output;

/// <summary>The `parse` contract: {"path","title","published","kind","paragraphs":[{"index","text","page"?,"heading"?}]}.</summary>
public static class ParseJsonWriter
{
    public static void Write(TextWriter output, string path, Document document) => JsonLines.WriteLine(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteString("title", document.Title);
        JsonLines.WriteDate(json, "published", document.Published);
        json.WriteString("kind", document.Kind);
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in document.Paragraphs)
        {
            json.WriteStartObject();
            json.WriteNumber("index", paragraph.Index);
            json.WriteString("text", paragraph.Text);
            if (paragraph.Page is { } page)
            {
                json.WriteNumber("page", page);
            }

            if (paragraph.Heading is { } heading)
            {
                json.WriteString("heading", heading);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
