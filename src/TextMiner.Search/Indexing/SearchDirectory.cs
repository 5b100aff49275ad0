using Lucene.Net.Store;

namespace TextMiner.Search.Indexing;

/// <summary>
/// The files of an index opened for searching only: positioned reads into buffers of <see cref="BufferSize"/> bytes.
/// Lucene.Net's memory-mapped reads (what <c>FSDirectory.Open</c> picks on 64-bit Linux) go through
/// <c>UnmanagedMemoryAccessor</c> a byte at a time, each read taking and releasing the mapping's handle; a hit's stored
/// fields are an LZ4 chunk decoded a byte at a time, so that was a large part of reading hits. With Lucene's default
/// 1 KB buffer the same decoding refilled the buffer several times a hit, each a system call; one buffer holds a chunk's
/// compressed bytes for most hits (docs/performance.md, "Fourth pass").
/// </summary>
internal sealed class SearchDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>4 to 16 KB read hits alike; 1 KB (Lucene's default) cost about a tenth more CPU a query.</summary>
    public const int BufferSize = 8 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered)
        {
            buffered.SetBufferSize(BufferSize);
        }

        return input;
    }
}
