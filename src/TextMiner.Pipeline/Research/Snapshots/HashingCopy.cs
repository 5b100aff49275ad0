using System.Security.Cryptography;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>Copies a stream while hashing it, so each file is read once.</summary>
internal static class HashingCopy
{
    /// <summary>
    /// Copies at most <paramref name="maxBytes"/>: when the source holds more, it stops at the first read past the
    /// limit (nothing of that read is written) and returns a byte count above <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<(string Sha256, long Bytes)> CopyAsync(Stream from, Stream to, CancellationToken cancellationToken, long maxBytes = long.MaxValue)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                return (string.Empty, total);
            }

            hash.AppendData(buffer, 0, read);
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }
}
