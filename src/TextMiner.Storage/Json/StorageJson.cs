using System.Text.Json;
using System.Text.Json.Serialization;
using TextMiner.Core.Records;

namespace TextMiner.Storage.Json;

/// <summary>The JSON kept in text columns (themes, history findings), camelCase like the extract contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<ThemeScore>))]
[JsonSerializable(typeof(Findings))]
internal sealed partial class StorageJson : JsonSerializerContext
{
    public static string Themes(IReadOnlyList<ThemeScore>? themes) =>
        JsonSerializer.Serialize(themes ?? [], Default.IReadOnlyListThemeScore);

    public static IReadOnlyList<ThemeScore> Themes(string json) =>
        JsonSerializer.Deserialize(json, Default.IReadOnlyListThemeScore) ?? [];

    public static string FindingsJson(Findings findings) => JsonSerializer.Serialize(findings, Default.Findings);

    public static Findings FindingsOf(string json) => JsonSerializer.Deserialize(json, Default.Findings) ?? TextMiner.Core.Records.Findings.Empty;
}
