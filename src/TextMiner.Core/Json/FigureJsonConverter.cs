using System.Text.Json;
using System.Text.Json.Serialization;
using TextMiner.Core.Records;

namespace TextMiner.Core.Json;

/// <summary>A figure as the `extract` contract writes it, its evidence flat (<see cref="EvidenceJson"/>).</summary>
public sealed class FigureJsonConverter : JsonConverter<Figure>
{
    public override Figure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var o = document.RootElement;
        return new Figure(
            FindingFields.String(o, "kind"),
            FindingFields.Double(o, "value"),
            FindingFields.OptionalString(o, "subject"),
            FindingFields.String(o, "evidence"),
            EvidenceJson.Read(o))
        {
            Rule = FindingFields.OptionalString(o, "rule") ?? "",
            Confidence = FindingFields.Double(o, "confidence"),
        };
    }

    public override void Write(Utf8JsonWriter writer, Figure value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind);
        writer.WriteNumber("value", value.Value);
        FindingFields.WriteOptional(writer, "subject", value.Subject);
        writer.WriteString("evidence", value.Excerpt);
        EvidenceJson.Write(writer, value.Evidence);
        FindingFields.WriteProvenance(writer, value.Rule, value.Confidence);
        writer.WriteEndObject();
    }
}
