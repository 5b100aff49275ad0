using System.IO.Compression;
using System.Text.Json;
using TextMiner.Core;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>
/// Restores a snapshot into a new or empty data directory: extracts into a staging folder beside it, verifies every
/// file against the manifest, moves it into place, then rebuilds the search index from SQLite. Any failure removes
/// what was written, so a refused snapshot leaves nothing half-restored.
/// </summary>
public static class SnapshotRestorer
{
    /// <summary>What a restore may write at most, unless the caller says otherwise: 64 GiB.</summary>
    public const long DefaultMaxTotalBytes = 64L << 30;

    private const int MaxManifestBytes = 64 << 20;

    /// <exception cref="SnapshotException">
    /// The target is not empty, the zip is not a sound snapshot (the message names the file), or its manifest lists
    /// more than <paramref name="maxTotalBytes"/> in all.
    /// </exception>
    public static async Task<RestoreResult> RestoreAsync(
        string zipPath, DataDirectory target, TimeProvider time, CancellationToken cancellationToken, long maxTotalBytes = DefaultMaxTotalBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(time);
        var root = Path.GetFullPath(target.Root);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new SnapshotException(SnapshotErrors.TargetNotEmptyCode, SnapshotErrors.TargetNotEmpty, root);
        }

        var parent = Path.GetDirectoryName(root)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(root) + ".restore-" + Guid.NewGuid().ToString("N"));
        var createdRoot = !Directory.Exists(root);
        var moved = false;
        try
        {
            SnapshotManifest manifest;
            using (var zip = OpenZip(zipPath))
            {
                manifest = await ReadManifestAsync(zip, zipPath, cancellationToken).ConfigureAwait(false);
                await SnapshotVerifier.ExtractAsync(zip, manifest, staging, maxTotalBytes, cancellationToken).ConfigureAwait(false);
            }

            if (!createdRoot)
            {
                Directory.Delete(root);
            }

            Directory.Move(staging, root);
            moved = true;
            var workspace = await Workspace.OpenAsync(new DataDirectory(root), time, cancellationToken).ConfigureAwait(false);
            await using (workspace.ConfigureAwait(false))
            {
                var indexed = await workspace.Sync.RebuildAsync(cancellationToken).ConfigureAwait(false);
                return new RestoreResult(manifest, indexed);
            }
        }
        catch
        {
            DocumentStore.ReleaseAllFiles();
            DeleteQuietly(staging);
            if (moved)
            {
                DeleteQuietly(root);
                if (!createdRoot)
                {
                    Directory.CreateDirectory(root);
                }
            }

            throw;
        }
    }

    private static ZipArchive OpenZip(string zipPath)
    {
        try
        {
            return ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new SnapshotException(SnapshotErrors.NotASnapshotCode, SnapshotErrors.NotASnapshot, zipPath + ": " + e.Message);
        }
    }

    private static async Task<SnapshotManifest> ReadManifestAsync(ZipArchive zip, string zipPath, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(SnapshotManifest.EntryName)
            ?? throw new SnapshotException(SnapshotErrors.NotASnapshotCode, SnapshotErrors.NotASnapshot, zipPath + ": no " + SnapshotManifest.EntryName);
        SnapshotManifest? manifest;
        try
        {
            // Read through a bounded copy: a manifest that inflates without end is refused, not buffered.
            using var stream = entry.Open();
            using var bounded = new MemoryStream();
            var (_, bytes) = await HashingCopy.CopyAsync(stream, bounded, cancellationToken, MaxManifestBytes).ConfigureAwait(false);
            if (bytes > MaxManifestBytes)
            {
                throw new SnapshotException(SnapshotErrors.ManifestInvalidCode, SnapshotErrors.ManifestInvalid, "it is larger than " + MaxManifestBytes + " bytes");
            }

            bounded.Position = 0;
            manifest = JsonSerializer.Deserialize(bounded, ResearchJsonContext.Default.SnapshotManifest);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new SnapshotException(SnapshotErrors.ManifestInvalidCode, SnapshotErrors.ManifestInvalid, e.Message);
        }

        if (manifest?.Files is null || manifest.Counts is null)
        {
            throw new SnapshotException(SnapshotErrors.ManifestInvalidCode, SnapshotErrors.ManifestInvalid, "fields are missing");
        }

        if (manifest.Format != SnapshotManifest.CurrentFormat)
        {
            throw new SnapshotException(
                SnapshotErrors.UnsupportedFormatCode, SnapshotErrors.UnsupportedFormat, manifest.Format, SnapshotManifest.CurrentFormat);
        }

        return manifest;
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more than a leftover folder.
        }
    }
}
