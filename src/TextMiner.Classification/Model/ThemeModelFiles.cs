namespace TextMiner.Classification.Model;

/// <summary>The one model file and its JSON sidecar in a models directory (DataDirectory.ModelsPath).</summary>
public static class ThemeModelFiles
{
    public const string ModelFileName = "themes.zip";
    public const string MetadataFileName = "themes.json";

    /// <summary>Bumped when the model's columns or the sidecar change shape; an older model is retrained.</summary>
    public const int FormatVersion = 2;

    internal const string InputColumn = "Text";
    internal const string ProbabilitiesColumn = "Probabilities";

    public static string ModelPath(string modelsDirectory) => Path.Combine(modelsDirectory, ModelFileName);

    public static string MetadataPath(string modelsDirectory) => Path.Combine(modelsDirectory, MetadataFileName);

    public static bool Exist(string modelsDirectory) =>
        File.Exists(ModelPath(modelsDirectory)) && File.Exists(MetadataPath(modelsDirectory));
}
