using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Lucene's default codec (Lucene46) with its stored fields read through <see cref="MappedCompressionMode"/>. The
/// files are the same bytes (same format name, LZ4, 16 KB chunks: Lucene41's stored-fields format), so an index is
/// read and written alike with or without it; only reading a hit's stored fields from a memory map gets faster.
/// </summary>
[CodecName(DefaultName)]
internal sealed class SearchCodec() : FilterCodec(new Lucene46Codec())
{
    public const string DefaultName = "Lucene46";

    private readonly StoredFieldsFormat storedFields =
        new CompressingStoredFieldsFormat("Lucene41StoredFields", new MappedCompressionMode(), 1 << 14);

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;
}
