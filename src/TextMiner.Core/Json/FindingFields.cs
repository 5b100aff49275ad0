using System.Text.Json;
using TextMiner.Core.Records;

namespace TextMiner.Core.Json;

/// <summary>Reads and writes the fields the finding converters share; a missing required field names itself.</summary>
internal static class FindingFields
{
    public static string String(JsonElement finding, string name) =>
        Required(finding, name).GetString() ?? throw Missing(name);

    public static string? OptionalString(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int Int(JsonElement finding, string name) => Required(finding, name).GetInt32();

    public static double Double(JsonElement finding, string name) => Required(finding, name).GetDouble();

    public static int? OptionalInt(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    public static IReadOnlyList<ThemeScore> Themes(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var themes) && themes.ValueKind == JsonValueKind.Array
            ? [.. themes.EnumerateArray().Select(t => new ThemeScore(String(t, "label"), Double(t, "score")))]
            : [];

    public static void WriteOptional(Utf8JsonWriter json, string name, string? value)
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

    public static void WriteThemes(Utf8JsonWriter json, string name, IReadOnlyList<ThemeScore> themes)
    {
        json.WriteStartArray(name);
        foreach (var theme in themes)
        {
            json.WriteStartObject();
            json.WriteString("label", theme.Label);
            json.WriteNumber("score", theme.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteProvenance(Utf8JsonWriter json, string rule, double confidence)
    {
        json.WriteString("rule", rule);
        json.WriteNumber("confidence", confidence);
    }

    private static JsonElement Required(JsonElement finding, string name) =>
        finding.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : throw Missing(name);

    private static JsonException Missing(string name) => new($"A finding in JSON lacks its \"{name}\" field.");
}
