using Lucene.Net.Store;

namespace TextMiner.Search.Indexing;

/// <summary>
/// The files of an index opened for searching only, each read from a memory map by <see cref="MappedIndexInput"/>.
/// Lucene.Net's own choices cost a search much of its time: its memory-mapped reads (what <c>FSDirectory.Open</c>
/// picks on 64-bit Linux) go through <c>UnmanagedMemoryAccessor</c>, taking and releasing the mapping's handle for
/// every byte, and its positioned reads (<c>NIOFSDirectory</c>) make a system call for every buffer refilled: a hit's
/// stored fields, its document's doc value and each term's postings each refilled at least once
/// (docs/performance.md, "Fourth pass" and "Seventh pass"). Writing (the writer's own directory) is unchanged.
/// </summary>
internal sealed class SearchDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return new MappedIndexInput(Path.Combine(Directory.FullName, name));
    }
}
