using System.IO.MemoryMappedFiles;

namespace TextMiner.Search.Indexing;

/// <summary>
/// One index file mapped read-only into memory, shared by a <see cref="MappedIndexInput"/> and its clones; disposed
/// with the input that opened it (Lucene disposes clones' originals only after the clones are done).
/// An empty file is not mapped (a mapping cannot be empty); its <see cref="Address"/> is zero and nothing reads it.
/// </summary>
internal sealed class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;

    public MappedFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Length = stream.Length;
        if (Length == 0)
        {
            return;
        }

        map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        Address = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
    }

    public long Length { get; }

    /// <summary>The first byte of the file in memory; valid until <see cref="Dispose"/>.</summary>
    public nint Address { get; }

    public void Dispose()
    {
        view?.Dispose();
        map?.Dispose();
    }
}
