using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// The <c>runs/</c> folder: one JSON summary per run, written atomically (a temporary file renamed over the final
/// name, so a reader or a crash never sees half a summary), read back newest first for the guards and `status`.
/// </summary>
public sealed class RunHistory(string runsDirectory)
{
    public const string Prefix = "run-";
    public const string Extension = ".json";

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Directory { get; } = runsDirectory;

    /// <summary>A new run id from its start time; unique within the folder.</summary>
    public string NewId(DateTimeOffset started)
    {
        var stem = Prefix + started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var id = stem;
        for (var n = 2; File.Exists(PathOf(id)); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return id;
    }

    public string PathOf(string id) => Path.Combine(Directory, id + Extension);

    public async Task<string> WriteAsync(RunSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(summary.Id);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, summary, JsonOptions, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Up to <paramref name="count"/> summaries, newest first; unreadable files are skipped.</summary>
    public IReadOnlyList<RunSummary> ReadRecent(int count)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        var result = new List<RunSummary>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, Prefix + "*" + Extension))
        {
            try
            {
                if (JsonSerializer.Deserialize<RunSummary>(File.ReadAllText(file), JsonOptions) is { } summary)
                {
                    result.Add(summary);
                }
            }
            catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
            {
                // A foreign or damaged file must not stop tonight's run.
            }
        }

        return result.OrderByDescending(r => r.Started).ThenByDescending(r => r.Ended).Take(count).ToList();
    }

    /// <summary>This source's entries in recent runs that were not interrupted, newest first.</summary>
    public IReadOnlyList<SourceRun> RecentRunsOf(string source, int count) =>
        ReadRecent(count * 3)
            .Where(r => r.Status != RunStatus.Interrupted)
            .SelectMany(r => r.Sources.Where(s => s.Name == source))
            .Take(count)
            .ToList();
}
