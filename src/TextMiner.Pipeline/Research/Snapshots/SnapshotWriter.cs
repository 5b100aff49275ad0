using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using TextMiner.Core;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>
/// Writes a snapshot zip of a data directory: textminer.db (a consistent copy), raw/ (the fetched bytes), models/ (the
/// theme model) and manifest.json with versions, counts and the sha256 of every file. The zip is written beside its
/// target and renamed into place only when complete. The index is left out: restore rebuilds it from SQLite.
/// </summary>
public static class SnapshotWriter
{
    public static async Task<SnapshotManifest> WriteAsync(
        DataDirectory data, DocumentStore store, string zipPath, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        ArgumentNullException.ThrowIfNull(time);
        var full = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var suffix = ".tmp-" + Guid.NewGuid().ToString("N");
        var tempZip = full + suffix;
        var tempDatabase = full + ".db" + suffix;
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            await store.BackupToAsync(tempDatabase, cancellationToken).ConfigureAwait(false);
            var created = time.GetUtcNow();
            SnapshotManifest manifest;
            var zipStream = new FileStream(tempZip, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            await using (zipStream.ConfigureAwait(false))
            {
                using var zip = new ZipArchive(zipStream, ZipArchiveMode.Create, leaveOpen: true);
                var database = await AddFileAsync(zip, tempDatabase, SnapshotManifest.DatabaseEntry, created, cancellationToken).ConfigureAwait(false);
                var raw = await AddFolderAsync(zip, data.RawPath, SnapshotManifest.RawFolder, created, cancellationToken).ConfigureAwait(false);
                var models = await AddFolderAsync(zip, data.ModelsPath, SnapshotManifest.ModelsFolder, created, cancellationToken).ConfigureAwait(false);
                manifest = new SnapshotManifest(
                    SnapshotManifest.CurrentFormat,
                    ToolVersion(),
                    DocumentStore.SchemaVersion,
                    created,
                    new SnapshotCounts(
                        statistics.Documents, statistics.Paragraphs, statistics.Ratings, statistics.Figures, statistics.Quotes,
                        raw.Count, models.Count),
                    [database, .. raw, .. models]);
                var entry = zip.CreateEntry(SnapshotManifest.EntryName, CompressionLevel.Optimal);
                entry.LastWriteTime = created;
                using var manifestStream = entry.Open();
                await JsonSerializer.SerializeAsync(manifestStream, manifest, ResearchJsonContext.Default.SnapshotManifest, cancellationToken)
                    .ConfigureAwait(false);
            }

            File.Move(tempZip, full, overwrite: true);
            return manifest;
        }
        finally
        {
            File.Delete(tempDatabase);
            File.Delete(tempZip);
        }
    }

    public static string ToolVersion() =>
        typeof(SnapshotWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SnapshotWriter).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static async Task<List<SnapshotFile>> AddFolderAsync(
        ZipArchive zip, string folder, string prefix, DateTimeOffset created, CancellationToken cancellationToken)
    {
        var files = new List<SnapshotFile>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        // Ordinal order makes the zip's layout stable; ".tmp-" files are writes in progress, never part of the data.
        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Contains(".tmp-", StringComparison.Ordinal))
            .Select(p => (Full: p, Entry: prefix + Path.GetRelativePath(folder, p).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(p => p.Entry, StringComparer.Ordinal);
        foreach (var (full, entry) in paths)
        {
            files.Add(await AddFileAsync(zip, full, entry, created, cancellationToken).ConfigureAwait(false));
        }

        return files;
    }

    private static async Task<SnapshotFile> AddFileAsync(
        ZipArchive zip, string path, string entryName, DateTimeOffset created, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        entry.LastWriteTime = created;
        var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (source.ConfigureAwait(false))
        {
            using var target = entry.Open();
            var (sha256, bytes) = await HashingCopy.CopyAsync(source, target, cancellationToken).ConfigureAwait(false);
            return new SnapshotFile(entryName, bytes, sha256);
        }
    }
}
