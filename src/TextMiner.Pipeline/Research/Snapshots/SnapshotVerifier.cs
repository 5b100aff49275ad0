using System.IO.Compression;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>
/// Extracts a snapshot's files into a folder, checking each path is safe and each sha256 and size match the manifest.
/// Sizes are checked before anything is written (the manifest's total against the cap, each zip entry's declared size
/// against the manifest) and while extracting (never more bytes than the manifest lists), so a zip bomb writes at most
/// what its manifest admits to.
/// </summary>
internal static class SnapshotVerifier
{
    public static async Task ExtractAsync(ZipArchive zip, SnapshotManifest manifest, string folder, long maxTotalBytes, CancellationToken cancellationToken)
    {
        var total = manifest.Files.Sum(f => Math.Max(0, f.Bytes));
        if (total > maxTotalBytes || manifest.Files.Any(f => f.Bytes < 0))
        {
            throw new SnapshotException(SnapshotErrors.TooLargeCode, SnapshotErrors.TooLarge, total, maxTotalBytes);
        }

        var listed = new Dictionary<string, SnapshotFile>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            CheckPath(file.Path);
            listed[file.Path] = file;
        }

        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, StringComparer.Ordinal);
        foreach (var name in entries.Keys.Order(StringComparer.Ordinal))
        {
            if (name != SnapshotManifest.EntryName && !listed.ContainsKey(name))
            {
                throw new SnapshotException(SnapshotErrors.UnlistedFileCode, SnapshotErrors.UnlistedFile, name);
            }
        }

        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        foreach (var file in manifest.Files)
        {
            if (!entries.TryGetValue(file.Path, out var entry))
            {
                throw new SnapshotException(SnapshotErrors.MissingFileCode, SnapshotErrors.MissingFile, file.Path);
            }

            if (entry.Length != file.Bytes)
            {
                throw new SnapshotException(SnapshotErrors.SizeMismatchCode, SnapshotErrors.SizeMismatch, file.Path, file.Bytes, entry.Length);
            }

            var destination = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!destination.StartsWith(root, StringComparison.Ordinal))
            {
                throw new SnapshotException(SnapshotErrors.UnsafePathCode, SnapshotErrors.UnsafePath, file.Path);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            (string Sha256, long Bytes) actual;
            try
            {
                using var source = entry.Open();
                var target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    actual = await HashingCopy.CopyAsync(source, target, cancellationToken, maxBytes: file.Bytes).ConfigureAwait(false);
                }
            }
            catch (InvalidDataException)
            {
                // A corrupted compressed stream is a mismatch too: name the file.
                actual = ("(unreadable)", -1);
            }

            if (actual.Bytes > file.Bytes)
            {
                throw new SnapshotException(SnapshotErrors.SizeMismatchCode, SnapshotErrors.SizeMismatch, file.Path, file.Bytes, "more");
            }

            if (!string.Equals(actual.Sha256, file.Sha256, StringComparison.OrdinalIgnoreCase) || actual.Bytes != file.Bytes)
            {
                throw new SnapshotException(
                    SnapshotErrors.HashMismatchCode, SnapshotErrors.HashMismatch, file.Path, file.Sha256, file.Bytes, actual.Sha256, actual.Bytes);
            }
        }
    }

    /// <summary>Only the data directory's own layout may be restored: textminer.db, raw/… and models/…, no "..", no rooted paths.</summary>
    private static void CheckPath(string path)
    {
        var segments = path.Split('/');
        var safe = !string.IsNullOrEmpty(path)
            && !Path.IsPathRooted(path)
            && !path.Contains('\\', StringComparison.Ordinal)
            && segments.All(s => s.Length > 0 && s != "." && s != "..")
            && (path == SnapshotManifest.DatabaseEntry
                || path.StartsWith(SnapshotManifest.RawFolder, StringComparison.Ordinal)
                || path.StartsWith(SnapshotManifest.ModelsFolder, StringComparison.Ordinal));
        if (!safe)
        {
            throw new SnapshotException(SnapshotErrors.UnsafePathCode, SnapshotErrors.UnsafePath, path);
        }
    }
}
