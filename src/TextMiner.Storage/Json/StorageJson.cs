using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TextMiner.Core.Records;

namespace TextMiner.Storage.Json;

/// <summary>
/// The JSON kept in text columns (themes, history findings), camelCase like the extract contract. Text is kept readable
/// (curly quotes and dashes unescaped) for people reading the database with sqlite3; it is never embedded in HTML.
/// </summary>
[JsonSerializable(typeof(IReadOnlyList<ThemeScore>))]
[JsonSerializable(typeof(Findings))]
internal sealed partial class StorageJson : JsonSerializerContext
{
    private static readonly StorageJson Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Themes(IReadOnlyList<ThemeScore>? themes) =>
        JsonSerializer.Serialize(themes ?? [], Readable.IReadOnlyListThemeScore);

    public static IReadOnlyList<ThemeScore> Themes(string json) =>
        JsonSerializer.Deserialize(json, Readable.IReadOnlyListThemeScore) ?? [];

    public static string FindingsJson(Findings findings) => JsonSerializer.Serialize(findings, Readable.Findings);

    public static Findings FindingsOf(string json) =>
        JsonSerializer.Deserialize(json, Readable.Findings) ?? TextMiner.Core.Records.Findings.Empty;
}
