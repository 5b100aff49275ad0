using System.Text.Json;

namespace TextMiner.Evaluation.Extraction;

/// <summary>Reads a gold split (JSON lines, one document a line) such as corpus/gold/dev.jsonl.</summary>
public static class GoldSet
{
    public const string InvalidLineMessage = "Gold set line {0} is not a valid gold document: {1}";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<GoldDocument> Load(string jsonlPath)
    {
        var documents = new List<GoldDocument>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(jsonlPath))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            documents.Add(Parse(line, lineNumber));
        }

        return documents;
    }

    private static GoldDocument Parse(string line, int lineNumber)
    {
        try
        {
            var raw = JsonSerializer.Deserialize<RawGold>(line, Json)
                ?? throw new FormatException(string.Format(System.Globalization.CultureInfo.InvariantCulture, InvalidLineMessage, lineNumber, "null"));
            if (string.IsNullOrWhiteSpace(raw.Path))
            {
                throw new FormatException(string.Format(System.Globalization.CultureInfo.InvariantCulture, InvalidLineMessage, lineNumber, "no path"));
            }

            return new GoldDocument(raw.Path, raw.Title, raw.Ratings ?? [], raw.Figures ?? [], raw.Quotes ?? []);
        }
        catch (JsonException e)
        {
            throw new FormatException(string.Format(System.Globalization.CultureInfo.InvariantCulture, InvalidLineMessage, lineNumber, e.Message), e);
        }
    }

    private sealed record RawGold(string Path, string? Title, List<GoldRating>? Ratings, List<GoldFigure>? Figures, List<GoldQuote>? Quotes);
}
