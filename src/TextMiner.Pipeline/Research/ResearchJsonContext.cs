using System.Text.Json.Serialization;
using TextMiner.Pipeline.Research.Snapshots;
using TextMiner.Storage.Statistics;

namespace TextMiner.Pipeline.Research;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ResearchStatistics))]
[JsonSerializable(typeof(SnapshotManifest))]
internal sealed partial class ResearchJsonContext : JsonSerializerContext;
