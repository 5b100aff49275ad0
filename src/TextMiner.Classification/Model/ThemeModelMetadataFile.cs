using System.Text.Json;

namespace TextMiner.Classification.Model;

/// <summary>Reads and writes the <c>themes.json</c> sidecar.</summary>
internal static class ThemeModelMetadataFile
{
    public static void Write(string modelsDirectory, ThemeModelMetadata metadata) =>
        AtomicFile.Write(ThemeModelFiles.MetadataPath(modelsDirectory), stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            JsonSerializer.Serialize(writer, metadata, ClassificationJsonContext.Default.ThemeModelMetadata);
        });

    public static ThemeModelMetadata Read(string modelsDirectory)
    {
        using var stream = File.OpenRead(ThemeModelFiles.MetadataPath(modelsDirectory));
        return JsonSerializer.Deserialize(stream, ClassificationJsonContext.Default.ThemeModelMetadata)
            ?? throw new InvalidDataException($"{ThemeModelFiles.MetadataFileName} is empty.");
    }
}
