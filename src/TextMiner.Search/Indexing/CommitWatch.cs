namespace TextMiner.Search.Indexing;

/// <summary>
/// Tells a read-only index when another process may have committed, from the index folder's modification time (one
/// stat) instead of listing the folder and reading the commit file on every search, which cost a read-only search
/// about a sixth of its time. A commit always creates a new segments_N file, which changes the folder's time; while
/// that time is recent the answer is always yes, so two commits within the file system's time resolution are not missed.
/// </summary>
internal sealed class CommitWatch(string directory, TimeProvider time)
{
    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(2);
    private long seenTicks = long.MinValue;

    public bool MayHaveChanged()
    {
        var written = Directory.GetLastWriteTimeUtc(directory);
        var seen = Interlocked.Exchange(ref seenTicks, written.Ticks);
        return seen != written.Ticks || time.GetUtcNow().UtcDateTime - written < Recent;
    }
}
