using System.Security.Cryptography;

namespace TextMiner.Core;

public static class ContentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
