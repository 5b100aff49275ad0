using System.Text.Json;
using TextMiner.Storage.Statistics;

namespace TextMiner.Pipeline.Research.Stats;

/// <summary>`stats --json`: the statistics as one indented JSON object, camelCase, dates yyyy-MM-dd, undated years null.</summary>
public static class StatisticsJson
{
    public static void Write(ResearchStatistics statistics, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(statistics, ResearchJsonContext.Default.ResearchStatistics));
    }

    public static ResearchStatistics Read(string json) =>
        JsonSerializer.Deserialize(json, ResearchJsonContext.Default.ResearchStatistics)
        ?? throw new JsonException("null statistics");
}
