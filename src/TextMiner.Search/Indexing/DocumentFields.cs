using System.Globalization;
using System.Text;
using Lucene.Net.Util;

namespace TextMiner.Search.Indexing;

/// <summary>
/// What every hit shows of its document (id, title, source, kind, locations, date), kept as one doc value on the
/// document unit (<see cref="IndexFields.DocumentFields"/>), not as stored fields: a paragraph or quote hit reads it from
/// its document unit, and doc values are read in place, while a stored document is found by decompressing its stored-
/// fields chunk from the start, about half of a hit's cost when it was read that way (docs/performance.md, "Fourth pass").
/// Encoded as length-prefixed UTF-8 strings, so any character may appear in a value.
/// </summary>
internal sealed record DocumentFields(
    string DocumentId, string Title, string Source, string Kind, string Location, IReadOnlyList<string> OtherLocations, DateOnly? Published)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static DocumentFields Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, [], null);

    public BytesRef Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(DocumentId);
            writer.Write(Title);
            writer.Write(Source);
            writer.Write(Kind);
            writer.Write(Location);
            writer.Write(Published?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty);
            writer.Write7BitEncodedInt(OtherLocations.Count);
            foreach (var other in OtherLocations)
            {
                writer.Write(other);
            }
        }

        return new BytesRef(buffer.ToArray());
    }

    public static DocumentFields Decode(BytesRef bytes)
    {
        if (bytes.Length == 0)
        {
            return Empty;
        }

        using var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        var id = reader.ReadString();
        var title = reader.ReadString();
        var source = reader.ReadString();
        var kind = reader.ReadString();
        var location = reader.ReadString();
        var iso = reader.ReadString();
        var others = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = reader.ReadString();
        }

        var published = iso.Length == 0 ? (DateOnly?)null : DateOnly.ParseExact(iso, DateFormat, CultureInfo.InvariantCulture);
        return new DocumentFields(id, title, source, kind, location, others, published);
    }
}
