using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// One page → lines in reading order: nearest-neighbour words, Docstrum blocks (which separate columns), the
/// unsupervised reading-order detector, and table rows rebuilt from cells that share a baseline.
/// </summary>
internal static class PdfPageReader
{
    private const int MaxCellBlockWords = 6;

    // Serial: on a small machine the pipeline parallelises across documents, not inside a page.
    private static readonly DocstrumBoundingBoxes Docstrum = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    /// <summary>
    /// Docstrum blocks in unsupervised reading order; should layout analysis fail on an odd page, one block of lines
    /// top to bottom, so the text is still kept.
    /// </summary>
    private static List<TextBlock> Segment(List<Word> words)
    {
        try
        {
            var blocks = Docstrum.GetBlocks(words);
            return [.. UnsupervisedReadingOrderDetector.Instance.Get(blocks).OrderBy(b => b.ReadingOrder)];
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            var lines = words
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => new TextLine([.. g.OrderBy(w => w.BoundingBox.Left)], " "))
                .ToList();
            return [new TextBlock(lines, "\n")];
        }
    }

    /// <summary>A raised footnote mark that layout analysis split off as its own line ("1", "12", "*").</summary>
    private static bool IsFootnoteMark(TextLine line, double blockSize)
    {
        var text = line.Text.Trim();
        return text.Length is > 0 and <= 3 && text.All(c => char.IsDigit(c) || c is '*' or '†' or '‡')
            && line.Words.SelectMany(w => w.Letters).All(l => l.PointSize < blockSize * 0.8);
    }

    private static double MedianSize(TextBlock block)
    {
        var sizes = block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToList();
        return sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
    }

    private static int MedianWords(TextBlock block) =>
        block.TextLines.Select(l => l.Words.Count).Order().ElementAt(block.TextLines.Count / 2);

    public static IReadOnlyList<PdfTextLine> Read(Page page, ref int blockSeed)
    {
        var crop = page.CropBox.Bounds;
        var pageBox = new PdfRectangleLike(crop.Left, crop.Bottom, crop.Right, crop.Top);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
        {
            return [];
        }

        // PdfPig's default extractor (spaces and gaps) is ~10x faster than the nearest-neighbour one and as good on
        // documents produced by word processors and DTP tools, which is what HMIP and Napo publish.
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var horizontal = words.Where(w => w.TextOrientation == TextOrientation.Horizontal).ToList();
        if (horizontal.Count * 2 >= words.Count)
        {
            words = horizontal;
        }

        if (words.Count == 0)
        {
            return [];
        }

        var ordered = Segment(words);
        var placed = new List<(int BlockId, TextBlock Block, TextLine Line)>();
        foreach (var block in ordered)
        {
            var id = blockSeed++;
            var blockSize = MedianSize(block);
            placed.AddRange(block.TextLines.Where(line => !IsFootnoteMark(line, blockSize)).Select(line => (id, block, line)));
        }

        // Cells come from blocks of short lines; a body paragraph's lines are long even where they share a baseline.
        var cellLines = placed.Where(p => MedianWords(p.Block) <= MaxCellBlockWords).Select(p => p.Line).ToList();
        var tables = PdfTableDetector.Detect(cellLines, pageBox);
        var result = new List<PdfTextLine>(placed.Count);
        var emittedTables = new HashSet<int>();
        foreach (var (blockId, block, line) in placed)
        {
            var box = new PdfRectangleLike(block.BoundingBox.Left, block.BoundingBox.Bottom, block.BoundingBox.Right, block.BoundingBox.Top);
            if (tables.TableOf(line) is not { } table)
            {
                result.Add(PdfLineFactory.FromLine(line, page.Number, blockId, box, pageBox));
                continue;
            }

            if (!emittedTables.Add(table.Id))
            {
                continue;
            }

            var tableId = blockSeed++;
            foreach (var row in table.Rows)
            {
                var rowWords = row.SelectMany(cell => cell.Words).ToList();
                var text = string.Join(" | ", row.Select(cell => TextNormalizer.Normalize(cell.Text)));
                result.Add(PdfLineFactory.FromWords(rowWords, page.Number, tableId, table.Bounds, pageBox, isTableRow: true, text));
            }
        }

        return result;
    }
}
