using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Lucene.Net.Store;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Reads an index file straight from its memory map: a byte is one memory read and a run of bytes one copy, with no
/// system call, no intermediate buffer and no handle taken per read. (Lucene.Net's own <c>MMapDirectory</c> reads
/// through <c>UnmanagedMemoryAccessor</c>, which takes and releases the mapping's handle for every byte, and
/// <c>NIOFSDirectory</c> makes a positioned read, with a length check, for every buffer it refills.)
/// </summary>
internal sealed class MappedIndexInput : IndexInput
{
    private readonly MappedFile file;
    private long position;
    private bool isClone;

    public MappedIndexInput(string path)
        : base($"MappedIndexInput(path=\"{path}\")")
    {
        file = new MappedFile(path);
    }

    public override long Length => file.Length;

    public override long Position => position;

    public override byte ReadByte()
    {
        if (position >= file.Length)
        {
            throw PastEnd(1);
        }

        return Marshal.ReadByte(file.Address + (nint)position++);
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > file.Length - position)
        {
            throw PastEnd(len);
        }

        if (len > 0)
        {
            Marshal.Copy(file.Address + (nint)position, b, offset, len);
            position += len;
        }
    }

    /// <summary>
    /// The bytes from the current position to the end of the file (at most 2 GB), in place in the map, without moving
    /// past them: for decoders that read ahead and then <see cref="Seek"/> past what they used
    /// (<see cref="MappedLz4Decompressor"/>). Valid only while this input is open.
    /// </summary>
    public unsafe ReadOnlySpan<byte> Ahead() =>
        file.Length == position ? [] : new((void*)(file.Address + (nint)position), (int)Math.Min(int.MaxValue, file.Length - position));

    public override short ReadInt16() =>
        BinaryPrimitives.ReverseEndianness(Marshal.ReadInt16(Advance(sizeof(short))));

    public override int ReadInt32() =>
        BinaryPrimitives.ReverseEndianness(Marshal.ReadInt32(Advance(sizeof(int))));

    public override long ReadInt64() =>
        BinaryPrimitives.ReverseEndianness(Marshal.ReadInt64(Advance(sizeof(long))));

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > file.Length)
        {
            throw new EndOfStreamException($"seek to {pos} outside 0..{file.Length}: {this}");
        }

        position = pos;
    }

    public override object Clone()
    {
        var clone = (MappedIndexInput)base.Clone();
        clone.isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !isClone)
        {
            file.Dispose();
        }
    }

    /// <summary>The address of the next <paramref name="count"/> bytes, moving past them.</summary>
    private nint Advance(int count)
    {
        if (count > file.Length - position)
        {
            throw PastEnd(count);
        }

        var at = file.Address + (nint)position;
        position += count;
        return at;
    }

    private EndOfStreamException PastEnd(long count) =>
        new($"read of {count} bytes at {position} past the end ({file.Length}): {this}");
}
