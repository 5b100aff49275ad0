using Lucene.Net.Index;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Decodes Lucene's LZ4 blocks (its stored-fields chunks) from bytes already in memory: the same sequence walk as
/// Lucene.Net's <c>LZ4.Decompress</c>, stopping at the same point, but literals and matches are span copies instead of a
/// virtual read per byte and an <c>Array.Copy</c> per match, which made decompression most of reading a hit.
/// </summary>
internal static class Lz4Block
{
    private const int MinMatch = 4;

    /// <summary>
    /// Decodes from the start of <paramref name="source"/> until at least <paramref name="wanted"/> bytes are in
    /// <paramref name="destination"/> (the sequence that reaches it is finished); gives the bytes written and, in
    /// <paramref name="consumed"/>, the source bytes read.
    /// </summary>
    /// <exception cref="CorruptIndexException">The block points outside the source or the destination.</exception>
    public static int Decode(ReadOnlySpan<byte> source, int wanted, Span<byte> destination, out int consumed)
    {
        try
        {
            return Run(source, wanted, destination, out consumed);
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentOutOfRangeException or ArgumentException)
        {
            throw new CorruptIndexException($"corrupt LZ4 block: {exception.Message}", exception);
        }
    }

    private static int Run(ReadOnlySpan<byte> source, int wanted, Span<byte> destination, out int consumed)
    {
        var s = 0;
        var d = 0;
        do
        {
            int token = source[s++];
            var literals = token >> 4;
            if (literals != 0)
            {
                if (literals == 0x0F)
                {
                    int more;
                    while ((more = source[s++]) == 0xFF)
                    {
                        literals += 0xFF;
                    }

                    literals += more;
                }

                source.Slice(s, literals).CopyTo(destination[d..]);
                s += literals;
                d += literals;
            }

            if (d >= wanted)
            {
                break;
            }

            var distance = source[s] | (source[s + 1] << 8);
            s += 2;
            var length = token & 0x0F;
            if (length == 0x0F)
            {
                int more;
                while ((more = source[s++]) == 0xFF)
                {
                    length += 0xFF;
                }

                length += more;
            }

            length += MinMatch;
            var from = d - distance;
            if (distance == 0 || from < 0)
            {
                throw new CorruptIndexException($"LZ4 match at distance {distance} from {d}");
            }

            if (distance < length)
            {
                // The match overlaps what it writes (a repeated run): byte by byte, as LZ4 defines it.
                for (var end = d + length; d < end; d++, from++)
                {
                    destination[d] = destination[from];
                }
            }
            else
            {
                destination.Slice(from, length).CopyTo(destination[d..]);
                d += length;
            }
        }
        while (d < wanted);

        consumed = s;
        return d;
    }
}
