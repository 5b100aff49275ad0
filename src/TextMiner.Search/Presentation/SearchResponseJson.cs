using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextMiner.Search.Presentation;

/// <summary>
/// Writes a response as one JSON object: <c>{"total":N,"offset":N,"indexIsEmpty":false,"hits":[{"id","path" or "url",
/// "title","published","source","score","snippet",...}],"facets":{"source":{...},...}}</c>; for `search --batch`, one
/// line per query: <c>{"query","total","latency_ms","hits":[...]}</c> or <c>{"query","error":{"code","message"}}</c>.
/// </summary>
public static class SearchResponseJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(SearchResponse response, TextWriter output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options with { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteNumber("total", response.Total);
            json.WriteNumber("offset", response.Offset);
            json.WriteBoolean("indexIsEmpty", response.IndexIsEmpty);
            json.WriteStartArray("hits");
            foreach (var hit in response.Hits)
            {
                WriteHit(json, hit);
            }

            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var (name, counts) in response.Facets.ByName)
            {
                json.WriteStartObject(name);
                foreach (var (value, count) in counts)
                {
                    json.WriteNumber(value, count);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    /// <summary>One `search --batch` line: the query, its total, how long the search took and the same hits as <see cref="Write"/>.</summary>
    public static void WriteBatchLine(string query, SearchResponse response, double latencyMilliseconds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(response);
        WriteLine(output, json =>
        {
            json.WriteString("query", query);
            json.WriteNumber("total", response.Total);
            json.WriteNumber("latency_ms", Math.Round(latencyMilliseconds, 3));
            json.WriteStartArray("hits");
            foreach (var hit in response.Hits)
            {
                WriteHit(json, hit);
            }

            json.WriteEndArray();
        });
    }

    /// <summary>The `search --batch` line of a query that cannot be run: its error code and one-line message.</summary>
    public static void WriteBatchError(string query, string code, string message, TextWriter output) => WriteLine(output, json =>
    {
        json.WriteString("query", query);
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
    });

    private static void WriteLine(TextWriter output, Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteString("id", hit.Id);
        json.WriteString(hit.IsUrl ? "url" : "path", hit.Location);
        WriteStrings(json, "locations", [hit.Location, .. hit.OtherLocations]);
        json.WriteString("title", hit.Title);
        WriteOptional(json, "published", hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("source", hit.Source);
        json.WriteNumber("score", Math.Round(hit.Score, 4));
        json.WriteString("snippet", hit.Snippet.Text);
        json.WriteStartArray("highlights");
        foreach (var span in hit.Snippet.Highlights)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("documentId", hit.DocumentId);
        json.WriteString("unit", hit.Unit.ToString().ToLowerInvariant());
        json.WriteString("kind", hit.Kind);
        WriteOptional(json, "paragraph", hit.Paragraph);
        WriteOptional(json, "page", hit.Page);
        WriteOptional(json, "heading", hit.Heading);
        WriteOptional(json, "speaker", hit.Speaker);
        WriteOptional(json, "role", hit.Role);
        WriteOptional(json, "organisation", hit.Organisation);
        WriteOptional(json, "quote", hit.QuoteText);
        WriteStrings(json, "themes", hit.Themes);
        WriteStrings(json, "ratings", hit.Ratings);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
