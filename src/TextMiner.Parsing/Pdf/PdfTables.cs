using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace TextMiner.Parsing.Pdf;

/// <summary>The tables of one page, looked up by the lines (cells) they own.</summary>
internal sealed class PdfTables(IReadOnlyList<PdfTable> tables)
{
    private readonly Dictionary<TextLine, PdfTable> _byLine = tables
        .SelectMany(t => t.Rows.SelectMany(r => r).SelectMany(c => c.Lines).Select(line => (line, t)))
        .ToDictionary<(TextLine line, PdfTable t), TextLine, PdfTable>(x => x.line, x => x.t, ReferenceEqualityComparer.Instance);

    public IReadOnlyList<PdfTable> All => tables;

    public PdfTable? TableOf(TextLine line) => _byLine.GetValueOrDefault(line);
}
