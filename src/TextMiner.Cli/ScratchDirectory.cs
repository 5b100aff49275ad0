namespace TextMiner.Cli;

/// <summary>A temporary folder for a benchmark's generated data, removed afterwards.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("textminer-bench-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
