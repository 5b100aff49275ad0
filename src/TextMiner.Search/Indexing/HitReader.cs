using System.Globalization;
using TextMiner.Search.Highlighting;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace TextMiner.Search.Indexing;

/// <summary>Reads a <see cref="SearchHit"/> back from a unit's stored fields.</summary>
internal static class HitReader
{
    public static SearchHit Read(LuceneDocument stored, float score, SnippetHighlighter highlighter)
    {
        var unit = IndexFields.ParseUnit(stored.Get(IndexFields.Unit) ?? string.Empty);
        var text = stored.Get(IndexFields.Text) ?? string.Empty;
        var published = stored.Get(IndexFields.PublishedIso) is { } iso
            ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        return new SearchHit(
            Id: stored.Get(IndexFields.UnitId) ?? string.Empty,
            DocumentId: stored.Get(IndexFields.DocumentId) ?? string.Empty,
            Unit: unit,
            Title: stored.Get(IndexFields.Title) ?? string.Empty,
            Published: published,
            Source: stored.Get(IndexFields.Source) ?? string.Empty,
            Kind: stored.Get(IndexFields.Kind) ?? string.Empty,
            Location: stored.Get(IndexFields.Location) ?? string.Empty,
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
            OtherLocations = stored.GetValues(IndexFields.OtherLocation) ?? [],
        };
    }

    private static int? Int(LuceneDocument stored, string field) =>
        stored.GetField(field)?.GetInt32Value();
}
