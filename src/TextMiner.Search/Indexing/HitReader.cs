using System.Globalization;
using Lucene.Net.Search;
using TextMiner.Search.Highlighting;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Reads a <see cref="SearchHit"/> back from a unit's stored fields and, for a paragraph or quote, from its document
/// unit (<see cref="IndexFields.ParentOffset"/>), which alone stores the shared fields. A document's text is read from
/// its paragraph units, which follow it.
/// </summary>
internal static class HitReader
{
    private static readonly HashSet<string> SharedFields = new(StringComparer.Ordinal)
    {
        IndexFields.DocumentId, IndexFields.Title, IndexFields.Source, IndexFields.Kind, IndexFields.Location,
        IndexFields.OtherLocation, IndexFields.PublishedIso,
    };

    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal) { IndexFields.Text };

    public static SearchHit Read(IndexSearcher searcher, int doc, float score, SnippetHighlighter highlighter)
    {
        var stored = searcher.Doc(doc);
        var unit = IndexFields.ParseUnit(stored.Get(IndexFields.Unit) ?? string.Empty);
        var document = unit == Unit.Document
            ? stored
            : searcher.Doc(doc - (Int(stored, IndexFields.ParentOffset) ?? 0), SharedFields);
        var text = unit == Unit.Document ? DocumentText(searcher, doc, stored) : stored.Get(IndexFields.Text) ?? string.Empty;
        var published = document.Get(IndexFields.PublishedIso) is { } iso
            ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        return new SearchHit(
            Id: stored.Get(IndexFields.UnitId) ?? string.Empty,
            DocumentId: document.Get(IndexFields.DocumentId) ?? string.Empty,
            Unit: unit,
            Title: document.Get(IndexFields.Title) ?? string.Empty,
            Published: published,
            Source: document.Get(IndexFields.Source) ?? string.Empty,
            Kind: document.Get(IndexFields.Kind) ?? string.Empty,
            Location: document.Get(IndexFields.Location) ?? string.Empty,
            Score: float.IsNaN(score) ? 0f : score,
            Paragraph: Int(stored, IndexFields.Paragraph),
            Page: Int(stored, IndexFields.Page),
            Heading: stored.Get(IndexFields.Heading),
            Speaker: stored.Get(IndexFields.Speaker),
            Role: stored.Get(IndexFields.Role),
            Organisation: stored.Get(IndexFields.Organisation),
            QuoteText: unit == Unit.Quote ? text : null,
            Themes: stored.GetValues(IndexFields.Theme) ?? [],
            Ratings: stored.GetValues(IndexFields.Rating) ?? [],
            Snippet: highlighter.Highlight(text))
        {
            OtherLocations = document.GetValues(IndexFields.OtherLocation) ?? [],
        };
    }

    /// <summary>The document's text: its paragraph units' texts (the units right after it), joined as when it was indexed.</summary>
    private static string DocumentText(IndexSearcher searcher, int doc, LuceneDocument document)
    {
        var count = Int(document, IndexFields.ParagraphCount) ?? 0;
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = searcher.Doc(doc + 1 + i, TextOnly).Get(IndexFields.Text) ?? string.Empty;
        }

        return string.Join(UnitDocumentBuilder.ParagraphSeparator, texts);
    }

    private static int? Int(LuceneDocument stored, string field) =>
        stored.GetField(field)?.GetInt32Value();
}
