using System.Globalization;

namespace TextMiner.Pipeline.Research;

/// <summary>A plain text table: columns padded to their widest cell, numbers right-aligned, long cells cut with "…".</summary>
internal sealed class TextTable(params string[] headers)
{
    public const int MaxCellWidth = 70;

    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    public void Add(params object?[] cells) =>
        rows.Add([.. cells.Select(c => Cut(c switch
        {
            null => "",
            double d => d.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => c.ToString() ?? "",
        }))]);

    public void Write(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var numeric = headers.Select((header, i) => rows.Count > 0 && rows.All(r => r[i].Length == 0 || double.TryParse(r[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _))).ToArray();
        output.WriteLine(Line(headers, widths, numeric));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths, numeric));
        }
    }

    private static string Line(string[] cells, int[] widths, bool[] numeric) =>
        string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();

    private static string Cut(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= MaxCellWidth ? flat : string.Concat(flat.AsSpan(0, MaxCellWidth - 1), "…");
    }
}
