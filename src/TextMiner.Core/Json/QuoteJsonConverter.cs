using System.Text.Json;
using System.Text.Json.Serialization;
using TextMiner.Core.Records;

namespace TextMiner.Core.Json;

/// <summary>
/// A quote as the `extract` contract writes it, its evidence flat (<see cref="EvidenceJson"/>), with "lastParagraph" when
/// it runs over several paragraphs.
/// </summary>
public sealed class QuoteJsonConverter : JsonConverter<Quote>
{
    public override Quote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var o = document.RootElement;
        return new Quote(
            FindingFields.OptionalString(o, "speaker"),
            FindingFields.OptionalString(o, "role"),
            FindingFields.OptionalString(o, "organisation"),
            FindingFields.String(o, "text"),
            EvidenceJson.Read(o),
            FindingFields.Themes(o, "themes"))
        {
            Rule = FindingFields.OptionalString(o, "rule") ?? "",
            Confidence = FindingFields.Double(o, "confidence"),
            LastParagraph = FindingFields.OptionalInt(o, "lastParagraph"),
        };
    }

    public override void Write(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FindingFields.WriteOptional(writer, "speaker", value.Speaker);
        FindingFields.WriteOptional(writer, "role", value.Role);
        FindingFields.WriteOptional(writer, "organisation", value.Organisation);
        writer.WriteString("text", value.Text);
        EvidenceJson.Write(writer, value.Evidence);
        FindingFields.WriteProvenance(writer, value.Rule, value.Confidence);
        FindingFields.WriteThemes(writer, "themes", value.Themes);
        if (value.LastParagraph is { } last)
        {
            writer.WriteNumber("lastParagraph", last);
        }

        writer.WriteEndObject();
    }
}
