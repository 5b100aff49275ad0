using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextMiner.Pipeline.Output;

/// <summary>Writes one compact JSON object per line, keeping non-ASCII text (curly quotes, names) readable.</summary>
public static class JsonLines
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void WriteLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteThemes(Utf8JsonWriter json, string name, IReadOnlyList<Core.Records.ThemeScore> themes)
    {
        json.WriteStartArray(name);
        foreach (var theme in themes)
        {
            json.WriteStartObject();
            json.WriteString("label", theme.Label);
            json.WriteNumber("score", Math.Round(theme.Score, 3));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
