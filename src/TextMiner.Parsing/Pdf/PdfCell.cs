using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TextMiner.Parsing.Pdf;

/// <summary>One table cell: one or more lines (a cell may wrap).</summary>
internal sealed class PdfCell(TextLine first)
{
    private readonly List<TextLine> _lines = [first];

    public IReadOnlyList<TextLine> Lines => _lines;

    public double Left => _lines.Min(l => l.BoundingBox.Left);

    public double Right => _lines.Max(l => l.BoundingBox.Right);

    public string Text => TextNormalizer.Normalize(string.Join(' ', _lines.Select(l => l.Text)));

    public IEnumerable<Word> Words => _lines.SelectMany(l => l.Words);

    public int WordCount => _lines.Sum(l => l.Words.Count);

    public void Add(TextLine line) => _lines.Add(line);
}
