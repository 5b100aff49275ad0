using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace TextMiner.Fetching.Discovery;

/// <summary>Loads untrusted XML without DTDs; gunzips first when the bytes are gzip.</summary>
internal static class Xml
{
    public static XElement? Load(byte[] bytes)
    {
        try
        {
            Stream stream = new MemoryStream(bytes);
            if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using (stream)
            using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
            {
                return XDocument.Load(reader).Root;
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            return null;
        }
    }
}
