using System.Text.Json;
using TextMiner.Core.Json;
using TextMiner.Core.Records;

namespace TextMiner.Pipeline.Output;

/// <summary>The `extract` contract of DESIGN.md, field for field and in its order.</summary>
public static class ExtractJsonWriter
{
    public static void Write(TextWriter output, string path, AnalysedDocument analysed) => JsonLines.WriteLine(output, json =>
    {
        var document = analysed.Document;
        json.WriteStartObject();
        json.WriteString("path", path);
        json.WriteString("title", document.Title);
        JsonLines.WriteDate(json, "published", document.Published);
        json.WriteString("kind", document.Kind);

        json.WriteStartArray("ratings");
        foreach (var r in analysed.Findings.Ratings)
        {
            json.WriteStartObject();
            json.WriteString("value", r.Value);
            json.WriteString("aspect", r.Aspect);
            WriteOptional(json, "subject", r.Subject);
            json.WriteString("evidence", r.Excerpt);
            EvidenceJson.Write(json, r.Evidence);
            WriteProvenance(json, r.Rule, r.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("figures");
        foreach (var f in analysed.Findings.Figures)
        {
            json.WriteStartObject();
            json.WriteString("kind", f.Kind);
            json.WriteNumber("value", f.Value);
            WriteOptional(json, "subject", f.Subject);
            json.WriteString("evidence", f.Excerpt);
            EvidenceJson.Write(json, f.Evidence);
            WriteProvenance(json, f.Rule, f.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var q in analysed.Findings.Quotes)
        {
            json.WriteStartObject();
            WriteOptional(json, "speaker", q.Speaker);
            WriteOptional(json, "role", q.Role);
            WriteOptional(json, "organisation", q.Organisation);
            json.WriteString("text", q.Text);
            EvidenceJson.Write(json, q.Evidence);
            WriteProvenance(json, q.Rule, q.Confidence);
            JsonLines.WriteThemes(json, "themes", q.Themes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonLines.WriteThemes(json, "themes", analysed.Themes);
        json.WriteEndObject();
    });

    private static void WriteProvenance(Utf8JsonWriter json, string rule, double confidence)
    {
        json.WriteString("rule", rule);
        json.WriteNumber("confidence", Math.Round(confidence, 3));
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
}
