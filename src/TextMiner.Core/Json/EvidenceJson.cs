using System.Text.Json;
using TextMiner.Core.Records;

namespace TextMiner.Core.Json;

/// <summary>
/// The one JSON form of <see cref="Evidence"/>: "paragraph", "start" and "end" written flat into the finding's object, as
/// the `extract` contract has them (and the ratings, figures and quotes tables their columns).
/// </summary>
public static class EvidenceJson
{
    public static void Write(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteNumber("paragraph", evidence.Paragraph);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
    }

    public static Evidence Read(JsonElement finding) =>
        new(FindingFields.Int(finding, "paragraph"), FindingFields.Int(finding, "start"), FindingFields.Int(finding, "end"));
}
