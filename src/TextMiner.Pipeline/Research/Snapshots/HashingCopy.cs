using System.Security.Cryptography;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>Copies a stream while hashing it, so each file is read once.</summary>
internal static class HashingCopy
{
    public static async Task<(string Sha256, long Bytes)> CopyAsync(Stream from, Stream to, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            total += read;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }
}
