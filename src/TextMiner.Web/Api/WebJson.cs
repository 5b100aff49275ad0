using System.Text.Json;
using System.Text.Json.Serialization;

namespace TextMiner.Web;

/// <summary>The API's JSON: camelCase, nulls left out, enums as strings.</summary>
internal static class WebJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }
}
