using Lucene.Net.Codecs.Compressing;

namespace TextMiner.Search.Indexing;

/// <summary>Lucene's fast (LZ4) compression mode, decompressed by <see cref="MappedLz4Decompressor"/>; compresses as Lucene does.</summary>
internal sealed class MappedCompressionMode : CompressionMode
{
    public override Compressor NewCompressor() => FAST.NewCompressor();

    public override Decompressor NewDecompressor() => new MappedLz4Decompressor();
}
