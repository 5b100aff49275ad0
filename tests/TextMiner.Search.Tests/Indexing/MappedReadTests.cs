using System.Text;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextMiner.Core.Records;
using TextMiner.Search.Indexing;
using TextMiner.TestSupport;
using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>
/// A read-only index reads its files from memory maps (<see cref="MappedIndexInput"/>) and decodes stored-field chunks
/// in place (<see cref="MappedLz4Decompressor"/>); the writer reads the same files through Lucene's own reads and
/// decoder. Both must give the same bytes, the same answers, and stay right as the index changes under the reader.
/// </summary>
public sealed class MappedReadTests
{
    private static readonly string[] Queries =
        ["victims", "\"Victim Contact Scheme\"", "CRC", "workload*", "probation AND staff", "published:[2019 TO 2021]", "zebra"];

    [Test]
    public void Decompress_FromMap_GivesLucenesBytesAndLeavesTheInputWhereLuceneDoes()
    {
        using var temp = new TempDirectory();
        var blocks = new[] { Text(40_000, seed: 1), Text(16_384, seed: 2), Text(300, seed: 3), Text(1, seed: 4) };
        var starts = new List<long>();
        using (var directory = new NIOFSDirectory(new DirectoryInfo(temp.Path)))
        using (var output = directory.CreateOutput("blocks", IOContext.DEFAULT))
        {
            var compressor = CompressionMode.FAST.NewCompressor();
            foreach (var block in blocks)
            {
                starts.Add(output.Position);
                compressor.Compress(block, 0, block.Length, output);
            }
        }

        using var lucene = new NIOFSDirectory(new DirectoryInfo(temp.Path));
        using var luceneInput = lucene.OpenInput("blocks", IOContext.READ_ONCE);
        using var mappedInput = new MappedIndexInput(Path.Combine(temp.Path, "blocks"));
        var luceneDecoder = CompressionMode.FAST.NewDecompressor();
        var mappedDecoder = new MappedLz4Decompressor();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < blocks.Length; i++)
            {
                var length = blocks[i].Length;
                foreach (var (offset, count) in new[] { (0, length), (0, 0), (length / 2, length - (length / 2)), (length / 3, length / 5), (0, 1) })
                {
                    luceneInput.Seek(starts[i]);
                    mappedInput.Seek(starts[i]);
                    var expected = new BytesRef();
                    var actual = new BytesRef();
                    luceneDecoder.Decompress(luceneInput, length, offset, count, expected);
                    mappedDecoder.Decompress(mappedInput, length, offset, count, actual);
                    var label = $"block {i} ({length} bytes), offset {offset}, length {count}";
                    Assert.That(actual.Bytes.AsSpan(actual.Offset, actual.Length).ToArray(), Is.EqualTo(blocks[i].AsSpan(offset, count).ToArray()), label);
                    Assert.That(actual.Offset, Is.EqualTo(expected.Offset), label);
                    Assert.That(actual.Length, Is.EqualTo(expected.Length), label);
                    Assert.That(mappedInput.Position, Is.EqualTo(luceneInput.Position), label);
                }
            }
        });
    }

    [Test]
    public void Decompress_CorruptBlock_ThrowsCorruptIndex()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "corrupt");
        // A literal of 2 bytes, then a match reaching 9 bytes back: before the start of the output.
        File.WriteAllBytes(path, [0x20, (byte)'a', (byte)'b', 9, 0, 0x00]);
        using var input = new MappedIndexInput(path);

        Assert.Throws<CorruptIndexException>(() => new MappedLz4Decompressor().Decompress(input, 100, 0, 100, new BytesRef()));
    }

    [Test]
    public void OpenReadOnly_AnswersAsTheWriter_IncludingAParagraphLargerThanTwoChunks()
    {
        using var temp = new TempDirectory();
        using var writer = SearchIndex.Open(temp.Path);
        Fill(writer, WithLongParagraph());
        using var reader = SearchIndex.OpenReadOnly(temp.Path);

        Assert.Multiple(() =>
        {
            foreach (var query in Queries.Append("lighthouse"))
            {
                foreach (var unit in new[] { Unit.Paragraph, Unit.Document, Unit.Quote })
                {
                    Assert.That(Snapshot(reader, query, unit), Is.EqualTo(Snapshot(writer, query, unit)), $"{query} ({unit})");
                }
            }

            Assert.That(reader.Search(new SearchRequest("lighthouse")).Total, Is.EqualTo(1));
        });
    }

    [Test]
    public void OpenReadOnly_AfterReplaceDeleteAndMerge_AnswersAsTheIndexNowIs()
    {
        using var temp = new TempDirectory();
        using (var writer = SearchIndex.Open(temp.Path))
        {
            Fill(writer, All());
        }

        using var reader = SearchIndex.OpenReadOnly(temp.Path);
        var before = Queries.Select(q => Snapshot(reader, q, Unit.Paragraph)).ToList();
        using (var writer = SearchIndex.Open(temp.Path))
        {
            var kent = KentReport("v2");
            writer.Replace(kent with { Document = kent.Document with { Paragraphs = kent.Document.Paragraphs.Take(1).ToList() } });
            writer.Delete(LondonNapo);
            writer.Commit();
        }

        // The merge deletes the files the reader has mapped; the reader must move to the merged segment.
        MergeIntoOneSegment(temp.Path);
        var after = Queries.Select(q => Snapshot(reader, q, Unit.Paragraph)).ToList();
        using var fresh = SearchIndex.Open(temp.Path);
        var expected = Queries.Select(q => Snapshot(fresh, q, Unit.Paragraph)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(expected));
            Assert.That(after, Is.Not.EqualTo(before));
            Assert.That(reader.Search(new SearchRequest("victims")).Hits.Select(h => h.DocumentId), Does.Not.Contain(LondonNapo));
        });
    }

    /// <summary>Seeded text from a small vocabulary (long matches), with runs of one letter (overlapping matches) and raw bytes (long literals).</summary>
    private static byte[] Text(int length, int seed)
    {
        string[] words = ["probation", "victims", "the", "workload", "of", "staff", "inspectors", "found", "in", "London"];
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            switch (random.Next(20))
            {
                case 0:
                    text.Append('a', random.Next(1, 400));
                    break;
                case 1:
                    text.Append((char)random.Next(0x21, 0x7E), 1);
                    for (var i = random.Next(300); i > 0; i--)
                    {
                        text.Append((char)random.Next(0x21, 0x7E));
                    }

                    break;
                default:
                    text.Append(words[random.Next(words.Length)]).Append(' ');
                    break;
            }
        }

        return Encoding.ASCII.GetBytes(text.ToString(0, length));
    }

    /// <summary>The test documents and one whose paragraph (over 32 KB) is stored as a chunk of its own, compressed in slices.</summary>
    private static IReadOnlyList<AnalysedDocument> WithLongParagraph()
    {
        var all = All();
        var seed = all[0];
        var text = Encoding.ASCII.GetString(Text(40_000, seed: 7)) + " lighthouse keepers " + Encoding.ASCII.GetString(Text(2_000, seed: 8));
        var paragraphs = seed.Document.Paragraphs.Append(new Paragraph(seed.Document.Paragraphs.Count, text)).ToList();
        var longer = seed with
        {
            Document = seed.Document with { Id = "long", Location = seed.Document.Location + "-long", Paragraphs = paragraphs },
            ParagraphThemes = paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToList(),
        };
        return [.. all, longer];
    }

    private static void Fill(SearchIndex index, IEnumerable<AnalysedDocument> documents)
    {
        foreach (var document in documents)
        {
            index.Replace(document);
        }

        index.Commit();
    }

    private static void MergeIntoOneSegment(string path)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, WriterSettings.Create(OpenMode.APPEND));
        writer.SetCommitData(new Dictionary<string, string> { [SearchIndex.FormatKey] = SearchIndex.Format });
        writer.ForceMerge(1);
        writer.Commit();
    }

    private static string Snapshot(SearchIndex index, string query, Unit unit)
    {
        var response = index.Search(new SearchRequest(query, unit, Limit: 50));
        return $"{response.Total}|" + string.Join(";", response.Hits.Select(h =>
                $"{h.Id}:{h.Score:0.0000}:{h.Title}:{h.Published}:{h.Paragraph}:{h.Heading}:{h.Speaker}:{string.Join(',', h.Themes)}:{string.Join(',', h.Ratings)}:{h.Snippet.Text}:{string.Join(',', h.Snippet.Highlights)}"))
            + "|" + string.Join(";", response.Facets.ByName.SelectMany(f => f.Value.Select(v => $"{f.Key}={v.Key}:{v.Value}")));
    }
}
