using TextMiner.Core;

namespace TextMiner.Cli;

/// <summary>What every verb gets: where to write, the clock, and how to find the data directory.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TimeProvider time, Func<string, string?> environment)
{
    public TextReader Input { get; init; } = TextReader.Null;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time;

    /// <summary>True when standard error is a terminal, so a live progress bar makes sense.</summary>
    public bool Interactive { get; init; }

    public DataDirectory Data(string? explicitRoot) =>
        DataDirectory.Resolve(explicitRoot, environment(DataDirectory.EnvironmentVariable));

    public void Fail(string location, string reason) => Error.WriteLine($"error: {location}: {reason}");

    public void Info(string message) => Error.WriteLine(message);
}
