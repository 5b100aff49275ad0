using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TextMiner.Search.Highlighting;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Reads a <see cref="SearchHit"/> back from a unit's stored fields and its document unit's <see cref="DocumentFields"/>
/// (for a paragraph or quote, the unit <see cref="IndexFields.ParentOffset"/> before it). A document's text is read from
/// its paragraph units, which follow it.
/// </summary>
internal static class HitReader
{
    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal) { IndexFields.Text };

    public static SearchHit Read(IndexSearcher searcher, int doc, float score, SnippetHighlighter highlighter)
    {
        var stored = searcher.Doc(doc);
        var unit = IndexFields.ParseUnit(stored.Get(IndexFields.Unit) ?? string.Empty);
        var document = ReadDocumentFields(searcher.IndexReader, unit == Unit.Document ? doc : doc - (Int(stored, IndexFields.ParentOffset) ?? 0));
        var text = unit == Unit.Document ? DocumentText(searcher, doc, stored) : stored.Get(IndexFields.Text) ?? string.Empty;
        return new SearchHit(
            Id: stored.Get(IndexFields.UnitId) ?? string.Empty,
            DocumentId: document.DocumentId,
            Unit: unit,
            Title: document.Title,
            Published: document.Published,
            Source: document.Source,
            Kind: document.Kind,
            Location: document.Location,
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
            OtherLocations = document.OtherLocations,
        };
    }

    /// <summary>The document unit's <see cref="DocumentFields"/>, read from its segment's doc values.</summary>
    private static DocumentFields ReadDocumentFields(IndexReader reader, int documentUnit)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(documentUnit, leaves)];
        if (leaf.AtomicReader.GetBinaryDocValues(IndexFields.DocumentFields) is not { } values)
        {
            return DocumentFields.Empty;
        }

        var bytes = new BytesRef();
        values.Get(documentUnit - leaf.DocBase, bytes);
        return DocumentFields.Decode(bytes);
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
