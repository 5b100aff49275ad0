using System.Buffers.Binary;
using Lucene.Net.Util;

namespace TextMiner.Search.Indexing;

/// <summary>
/// A unit's sort number (its date key, its heading-only flag) as a sorted doc value: four big-endian bytes, so the
/// values' byte order is their numeric order. Not a numeric doc value: Lucene.NET's numeric doc-values writer measures
/// its buffer by reflection (<c>RamUsageEstimator.MeasureObjectSize</c>) for every value added, 5–9 % of a reindex
/// (docs/performance.md, "Sixth pass"); the sorted writer does not, and the values fit in a few ordinals.
/// </summary>
internal static class SortKey
{
    private const int Length = sizeof(int);

    public static BytesRef Encode(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var bytes = new byte[Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return new BytesRef(bytes);
    }

    public static int Decode(BytesRef value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return BinaryPrimitives.ReadInt32BigEndian(value.Bytes.AsSpan(value.Offset, value.Length));
    }
}
