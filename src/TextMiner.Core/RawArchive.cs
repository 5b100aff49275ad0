using TextMiner.Core.Records;

namespace TextMiner.Core;

/// <summary>Raw bytes on disk, content-addressed by sha256 (raw/ab/abcdef...). Writes are atomic (temp file + rename).</summary>
public sealed class RawArchive(string root)
{
    public string PathFor(string sha256) => Path.Combine(root, sha256[..2], sha256);

    public bool Contains(string sha256) => File.Exists(PathFor(sha256));

    public async Task SaveAsync(RawDocument raw, CancellationToken cancellationToken)
    {
        var path = PathFor(raw.Sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(temp, raw.Bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    public Task<byte[]> ReadAsync(string sha256, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(PathFor(sha256), cancellationToken);
}
