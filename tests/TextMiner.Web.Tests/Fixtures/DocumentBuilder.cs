using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Web.Tests.Fixtures;

/// <summary>
/// Builds an <see cref="AnalysedDocument"/> from a seed text (title = first non-empty line, paragraphs = blocks between
/// blank lines) and adds findings by the words they quote, so offsets are computed rather than typed.
/// </summary>
internal sealed class DocumentBuilder
{
    private static readonly DateTimeOffset Fetched = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
    private readonly List<Rating> ratings = [];
    private readonly List<Figure> figures = [];
    private readonly List<Quote> quotes = [];
    private readonly Document document;
    private IReadOnlyList<ThemeScore> themes = [];

    private DocumentBuilder(Document document) => this.document = document;

    public static DocumentBuilder FromSeed(string file, string id, string source, string kind, string url, DateOnly published, string? title = null)
    {
        var text = File.ReadAllText(Corpus.Path("seeds", file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(b => b.Length > 0).ToList();
        title ??= blocks[0].Split('\n')[0].Trim();
        var paragraphs = blocks.Skip(1).Select((block, i) => new Paragraph(i, block)).ToList();
        return new DocumentBuilder(new Document(id, "sha-" + id, source, url, title, published, kind, paragraphs));
    }

    public static DocumentBuilder FromParagraphs(
        string id, string source, string kind, string url, string title, DateOnly published, IReadOnlyList<Paragraph> paragraphs) =>
        new(new Document(id, "sha-" + id, source, url, title, published, kind, paragraphs));

    public DocumentBuilder Themes(params string[] labels)
    {
        themes = Scores(labels);
        return this;
    }

    public DocumentBuilder Rating(string value, string aspect, string subject, string evidence)
    {
        var (paragraph, start) = Find(evidence);
        ratings.Add(new Rating(value, aspect, subject, evidence, new Evidence(paragraph, start, start + evidence.Length)));
        return this;
    }

    public DocumentBuilder Figure(string kind, double value, string? subject, string evidence)
    {
        var (paragraph, start) = Find(evidence);
        figures.Add(new Figure(kind, value, subject, evidence, new Evidence(paragraph, start, start + evidence.Length)));
        return this;
    }

    public DocumentBuilder Quote(string? speaker, string? role, string? organisation, string text, params string[] quoteThemes)
    {
        var (paragraph, start) = Find(text);
        quotes.Add(new Quote(speaker, role, organisation, text, new Evidence(paragraph, start, start + text.Length), Scores(quoteThemes)));
        return this;
    }

    public AnalysedDocument Build() => new(
        document,
        new Findings(ratings, figures, quotes),
        themes,
        document.Paragraphs.Select(p => (IReadOnlyList<ThemeScore>)themes.Where(t => p.Text.Contains(t.Label.Split('-')[0], StringComparison.OrdinalIgnoreCase)).ToList()).ToList(),
        Fetched);

    private static List<ThemeScore> Scores(string[] labels) => labels.Select((label, i) => new ThemeScore(label, Math.Round(0.9 - (i * 0.1), 2))).ToList();

    private (int Paragraph, int Start) Find(string words)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var at = paragraph.Text.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (paragraph.Index, at);
            }
        }

        throw new InvalidOperationException($"'{words}' is not in {document.Id}");
    }
}
