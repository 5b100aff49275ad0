using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// Untrusted XML: no DTDs, no resolver; gunzipped first when the bytes are gzip, and never inflated past
/// <see cref="MaxInflatedBytes"/> (the sitemaps protocol's 50 MiB), so a small file cannot expand into a huge one.
/// </summary>
internal static class Xml
{
    public const long MaxInflatedBytes = 50L * 1024 * 1024;

    public static string TooLargeMessage(long limit) => $"more than {limit} bytes once inflated";

    /// <summary>A reader over the (inflated, bounded) bytes; reading past the bound throws <see cref="InvalidDataException"/>.</summary>
    public static XmlReader Reader(byte[] bytes, long maxInflatedBytes = MaxInflatedBytes)
    {
        Stream stream = new MemoryStream(bytes);
        if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return XmlReader.Create(
            new LimitedReadStream(stream, maxInflatedBytes),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true, IgnoreProcessingInstructions = true });
    }

    /// <summary>The whole document's root, or null when the bytes are not well-formed XML or inflate past the bound.</summary>
    public static XElement? Load(byte[] bytes)
    {
        try
        {
            using var reader = Reader(bytes);
            return XDocument.Load(reader).Root;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            return null;
        }
    }
}
