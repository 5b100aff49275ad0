using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Lucene's fast (LZ4) stored-fields decompression, with the same result: from a <see cref="MappedIndexInput"/> the
/// compressed bytes are decoded in place in the map by <see cref="Lz4Block"/> (no copy, no read call per byte), and the
/// input is left just after the bytes used, as Lucene's decoder leaves it; from any other input Lucene's own decoder runs.
/// </summary>
internal sealed class MappedLz4Decompressor : Decompressor
{
    private readonly Decompressor lucene = CompressionMode.FAST.NewDecompressor();

    public override void Decompress(DataInput @in, int originalLength, int offset, int length, BytesRef bytes)
    {
        if (@in is not MappedIndexInput mapped)
        {
            lucene.Decompress(@in, originalLength, offset, length, bytes);
            return;
        }

        // Room for Lucene's 7 bytes of padding, so a buffer it sized fits us and ours fits it.
        if (bytes.Bytes.Length < originalLength + 7)
        {
            bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength + 7, 1)];
        }

        var written = Lz4Block.Decode(mapped.Ahead(), offset + length, bytes.Bytes, out var consumed);
        if (written > originalLength)
        {
            throw new CorruptIndexException($"Corrupted: lengths mismatch: {written} > {originalLength} (resource={mapped})");
        }

        mapped.Seek(mapped.Position + consumed);
        bytes.Offset = offset;
        bytes.Length = length;
    }

    public override object Clone() => new MappedLz4Decompressor();
}
