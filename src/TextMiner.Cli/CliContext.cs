using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core;
using TextMiner.Pipeline;

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

    /// <summary>
    /// The data directory for a verb that only reads it: null (after one error line) when it does not exist, so a typo
    /// in --data is named instead of silently creating an empty store.
    /// </summary>
    public DataDirectory? ExistingData(string? explicitRoot)
    {
        var data = Data(explicitRoot);
        if (Directory.Exists(data.Root))
        {
            return data;
        }

        Fail(data.Root, NoDataDirectory);
        return null;
    }

    public const string NoDataDirectory = "no such data directory (`textminer ingest` or `crawl` creates one; check --data and $TEXTMINER_DATA)";

    public void Fail(string location, string reason) => Error.WriteLine($"error: {location}: {reason}");

    /// <summary>A wrong option value found after parsing: the same two lines as a parse error (<see cref="UsageErrors"/>), exit 2.</summary>
    public int UsageError(string verb, string message)
    {
        Error.WriteLine($"error: {message}");
        Error.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, UsageErrors.TryHelp, "textminer " + verb));
        return ExitCodes.CannotRun;
    }

    public void Info(string message) => Error.WriteLine(message);

    /// <summary>What the composition root wires for <paramref name="data"/>: this context's clock, progress on standard error.</summary>
    public TextMinerOptions Options(DataDirectory data) => new(data) { Time = Time, Log = Info };

    /// <summary>
    /// The composition root over the data directory's open store and index (<see cref="TextMinerServices.OpenAsync"/>);
    /// null, after one error line naming the directory and the reason, when they cannot be opened.
    /// </summary>
    public async Task<ServiceProvider?> OpenAsync(TextMinerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await TextMinerServices.OpenAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (TextMinerServices.IsOpenFailure(e))
        {
            Fail(options.Data.Root, $"cannot open the data directory: {e.Message}");
            return null;
        }
    }
}
