using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Finds tables as runs of at least two rows whose cells share a baseline and do not overlap, where some column holds
/// short cells (grades, numbers). Two text columns also share baselines, but their lines are long, so they do not qualify.
/// </summary>
internal static class PdfTableDetector
{
    private const double MaxCellPageShare = 0.6;
    private const double RowTolerance = 0.35;
    private const double MaxRowGap = 3.2;
    private const int ShortCellWords = 3;
    private const double WrapGap = 1.6;

    public static PdfTables Detect(IReadOnlyList<TextLine> lines, PdfRectangleLike pageBox)
    {
        var rows = Rows(lines.Where(l => l.BoundingBox.Width < pageBox.Width * MaxCellPageShare).ToList());
        var tables = new List<PdfTable>();
        var run = new List<List<PdfCell>>();
        double? lastBaseline = null;
        foreach (var row in rows)
        {
            var baseline = Baseline(row[0].Lines[0]);
            var gapOk = lastBaseline is null || lastBaseline - baseline <= MaxRowGap * FontSize(row[0].Lines[0]);
            if (row.Count >= 2 && gapOk)
            {
                run.Add(row);
                lastBaseline = baseline;
                continue;
            }

            var wrapGapOk = lastBaseline is not null && lastBaseline - baseline <= WrapGap * FontSize(row[0].Lines[0]);
            if (row.Count == 1 && run.Count > 0 && wrapGapOk && TryAttach(run[^1], row[0]))
            {
                lastBaseline = baseline;
                continue;
            }

            Close(run, tables);
            run = row.Count >= 2 ? [row] : [];
            lastBaseline = row.Count >= 2 ? baseline : null;
        }

        Close(run, tables);
        return new PdfTables(tables);
    }

    /// <summary>Lines grouped by shared baseline, top to bottom; each row's cells left to right and not overlapping.</summary>
    private static List<List<PdfCell>> Rows(List<TextLine> lines)
    {
        var rows = new List<List<PdfCell>>();
        foreach (var line in lines.OrderByDescending(Baseline))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(Baseline(row[0].Lines[0]) - Baseline(line)) <= RowTolerance * FontSize(line)
                && row.All(c => line.BoundingBox.Left > c.Right || line.BoundingBox.Right < c.Left))
            {
                row.Add(new PdfCell(line));
                row.Sort((a, b) => a.Left.CompareTo(b.Left));
                continue;
            }

            rows.Add([new PdfCell(line)]);
        }

        return rows;
    }

    /// <summary>A wrapped cell line continues the cell above it in the previous row.</summary>
    private static bool TryAttach(List<PdfCell> row, PdfCell single)
    {
        var line = single.Lines[0];
        var index = row.FindIndex(c => line.BoundingBox.Left < c.Right && line.BoundingBox.Right > c.Left);
        if (index < 0 || (index + 1 < row.Count && line.BoundingBox.Right >= row[index + 1].Left)
            || (index > 0 && line.BoundingBox.Left <= row[index - 1].Right))
        {
            return false;
        }

        row[index].Add(line);
        return true;
    }

    private static void Close(List<List<PdfCell>> run, List<PdfTable> tables)
    {
        if (run.Count < 2)
        {
            return;
        }

        var columns = run.Max(r => r.Count);
        var hasShortColumn = Enumerable.Range(0, columns).Any(i =>
        {
            var counts = run.Where(r => r.Count > i).Select(r => r[i].WordCount).Order().ToList();
            return counts.Count >= 2 && counts[counts.Count / 2] <= ShortCellWords;
        });
        if (!hasShortColumn)
        {
            return;
        }

        var all = run.SelectMany(r => r).SelectMany(c => c.Lines).ToList();
        var bounds = new PdfRectangleLike(
            all.Min(l => l.BoundingBox.Left), all.Min(l => l.BoundingBox.Bottom), all.Max(l => l.BoundingBox.Right), all.Max(l => l.BoundingBox.Top));
        tables.Add(new PdfTable(tables.Count, [.. run.Select(r => (IReadOnlyList<PdfCell>)r)], bounds));
    }

    private static double Baseline(TextLine line) => line.Words[0].Letters[0].StartBaseLine.Y;

    private static double FontSize(TextLine line) => Math.Max(1, line.Words[0].Letters[0].PointSize);
}
