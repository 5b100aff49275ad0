using System.Text.Json;

namespace TextMiner.Storage.Tests;

/// <summary>Records with lists compare by reference; tests compare their JSON, which covers every nested field.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(object? value) => JsonSerializer.Serialize(value, Options);
}
