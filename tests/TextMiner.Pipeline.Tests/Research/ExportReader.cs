using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>Reads an export back with an independent reader (CsvHelper, System.Text.Json) into rows of column → text.</summary>
internal static class ExportReader
{
    public static List<Dictionary<string, string>> Csv(string text)
    {
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        }

        return rows;
    }

    public static List<Dictionary<string, string>> JsonLines(string text) =>
    [
        .. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal);
        }),
    ];

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(";", value.EnumerateArray().Select(v => v.GetString())),
        _ => value.GetRawText(),
    };
}
