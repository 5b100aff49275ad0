using System.Globalization;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// One run at a time per data directory. The lock is an exclusive OS file lock (released by the kernel when a process
/// dies, even by SIGKILL), so a lock file left behind by a killed run is simply taken over; a holder file beside it says
/// who holds it, for the message a second run prints.
/// </summary>
public sealed class RunLock : IDisposable
{
    public const string FileName = "textminer.lock";
    private const string HolderSuffix = ".holder";

    private readonly FileStream stream;
    private readonly string holderPath;

    private RunLock(FileStream stream, string holderPath, string? takenOverFrom)
    {
        this.stream = stream;
        this.holderPath = holderPath;
        TakenOverFrom = takenOverFrom;
    }

    /// <summary>The holder line of a run that died holding the lock, when this run took it over.</summary>
    public string? TakenOverFrom { get; }

    /// <summary>Takes the lock, or returns null and the current holder's description when another run holds it.</summary>
    public static RunLock? TryAcquire(string dataRoot, TimeProvider time, out string? heldBy)
    {
        Directory.CreateDirectory(dataRoot);
        var path = Path.Combine(dataRoot, FileName);
        var holderPath = path + HolderSuffix;
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            heldBy = File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : "another process";
            return null;
        }

        heldBy = null;
        var previous = File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : null;
        var holder = string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName} since {time.GetUtcNow():O}");
        File.WriteAllText(holderPath, holder);
        return new RunLock(stream, holderPath, string.IsNullOrEmpty(previous) ? null : previous);
    }

    /// <summary>
    /// Who holds the lock now, or null when nobody does; <paramref name="stale"/> is the holder line a killed run left
    /// behind (the next run takes it over).
    /// </summary>
    public static string? Holder(string dataRoot, out string? stale)
    {
        var path = Path.Combine(dataRoot, FileName);
        var holderPath = path + HolderSuffix;
        stale = null;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : "another process";
        }

        stale = File.Exists(holderPath) ? File.ReadAllText(holderPath).Trim() : null;
        return null;
    }

    public void Dispose()
    {
        try
        {
            File.Delete(holderPath);
        }
        finally
        {
            stream.Dispose();
        }
    }
}
