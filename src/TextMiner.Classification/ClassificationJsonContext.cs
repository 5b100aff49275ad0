using System.Text.Json.Serialization;
using TextMiner.Classification.Contract;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(LabelledLine))]
[JsonSerializable(typeof(ClassifyOutputLine))]
[JsonSerializable(typeof(ThemeScore))]
[JsonSerializable(typeof(ThemeModelMetadata))]
internal sealed partial class ClassificationJsonContext : JsonSerializerContext;
