using Lucene.Net.Index;
using TextMiner.Search.Analysis;

namespace TextMiner.Search;

/// <summary>
/// The one IndexWriter's settings, tuned for bulk indexing (a reindex writes every unit at once): a large RAM buffer
/// so segments are flushed rarely, no compound files (building one copies every flushed segment once more), and a
/// merge policy that merges fewer, larger segments.
/// </summary>
internal static class WriterSettings
{
    public const double RamBufferMegabytes = 64;

    public static IndexWriterConfig Create(OpenMode mode) => new(SearchAnalyzers.Version, SearchAnalyzers.Indexing)
    {
        OpenMode = mode,
        RAMBufferSizeMB = RamBufferMegabytes,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy
        {
            NoCFSRatio = 0,
            SegmentsPerTier = 20,
            MaxMergeAtOnce = 20,
        },
    };
}
