using System.Text.Json;

namespace TextMiner.Evaluation.Parsing;

/// <summary>Finds fixtures (a document beside its <c>.expected.json</c>) and reads their expectations.</summary>
public static class FixtureFiles
{
    public const string ExpectedSuffix = ".expected.json";

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>(document path, expectation path) pairs under the directory, in ordinal path order.</summary>
    public static IReadOnlyList<(string Document, string Expected)> Find(string directory)
    {
        var pairs = new List<(string, string)>();
        foreach (var expected in Directory.EnumerateFiles(directory, "*" + ExpectedSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = expected[..^ExpectedSuffix.Length];
            var document = Directory.EnumerateFiles(Path.GetDirectoryName(expected)!, Path.GetFileName(stem) + ".*")
                .Where(f => !f.EndsWith(ExpectedSuffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (document is not null)
            {
                pairs.Add((document, expected));
            }
        }

        return pairs;
    }

    public static FixtureExpectation Read(string expectedPath) =>
        JsonSerializer.Deserialize<FixtureExpectation>(File.ReadAllText(expectedPath), JsonOptions)
        ?? throw new InvalidDataException($"empty expectation file: {expectedPath}");
}
