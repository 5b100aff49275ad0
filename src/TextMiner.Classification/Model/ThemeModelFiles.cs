namespace TextMiner.Classification.Model;

/// <summary>The one model file and its JSON sidecar in a models directory (DataDirectory.ModelsPath).</summary>
public static class ThemeModelFiles
{
    public const string ModelFileName = "themes.bin";
    public const string MetadataFileName = "themes.json";

    /// <summary>Bumped when the model file or the sidecar change shape; an older model is retrained.</summary>
    public const int FormatVersion = 5;

    public static string ModelPath(string modelsDirectory) => Path.Combine(modelsDirectory, ModelFileName);

    public static string MetadataPath(string modelsDirectory) => Path.Combine(modelsDirectory, MetadataFileName);

    public static bool Exist(string modelsDirectory) =>
        File.Exists(ModelPath(modelsDirectory)) && File.Exists(MetadataPath(modelsDirectory));
}
