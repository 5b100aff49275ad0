using System.Text.Json;
using System.Text.Json.Serialization;

namespace TextMiner.Fetching.Sources;

/// <summary>Loads and validates source definitions from <c>pipelines/</c> (one <c>&lt;name&gt;.json</c> per source).</summary>
public static class SourceCatalog
{
    public const string All = "all";
    public const string FileExtension = ".json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Every definition in the directory, ordered by name. Throws on the first invalid file.</summary>
    public static IReadOnlyList<SourceDefinition> Load(string pipelinesDirectory)
    {
        var definitions = Directory.EnumerateFiles(pipelinesDirectory, "*" + FileExtension)
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        var duplicate = definitions.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SourceDefinitionException(
                duplicate.Last().FilePath ?? pipelinesDirectory, "$.name", SourceDefinitionErrors.DuplicateName, $"'{duplicate.Key}' is defined twice");
        }

        return definitions;
    }

    public static SourceDefinition LoadFile(string path)
    {
        SourceDefinition? definition;
        try
        {
            using var stream = File.OpenRead(path);
            definition = JsonSerializer.Deserialize<SourceDefinition>(stream, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new SourceDefinitionException(path, e.Path ?? "$", SourceDefinitionErrors.InvalidJson, e.Message, e);
        }

        if (definition is null)
        {
            throw new SourceDefinitionException(path, "$", SourceDefinitionErrors.Required, "the file holds null");
        }

        definition = definition with { FilePath = Path.GetFullPath(path) };
        SourceValidator.Validate(definition, path, Path.GetFileNameWithoutExtension(path));
        return definition;
    }

    /// <summary>
    /// <c>--source</c>: <c>all</c>, a source name (a file in <paramref name="pipelinesDirectory"/>) or a path to a
    /// definition file.
    /// </summary>
    public static IReadOnlyList<SourceDefinition> Resolve(string nameOrPath, string pipelinesDirectory)
    {
        if (string.Equals(nameOrPath, All, StringComparison.OrdinalIgnoreCase))
        {
            return Load(pipelinesDirectory);
        }

        if (File.Exists(nameOrPath))
        {
            return [LoadFile(nameOrPath)];
        }

        var named = Path.Combine(pipelinesDirectory, nameOrPath + FileExtension);
        if (SourceValidator.IsValidName(nameOrPath) && File.Exists(named))
        {
            return [LoadFile(named)];
        }

        throw new SourceDefinitionException(
            nameOrPath, "--source", SourceDefinitionErrors.UnknownSource, $"no file '{nameOrPath}' and no source of that name in {pipelinesDirectory}");
    }
}
