using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TextMiner.Search.Highlighting;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Reads a <see cref="SearchHit"/> back from a unit's stored fields (<see cref="HitFieldsVisitor"/>) and its document
/// unit's <see cref="DocumentFields"/> (for a paragraph or quote, the unit <see cref="IndexFields.ParentOffset"/> before
/// it). A document's text is read from its paragraph units, which follow it.
/// </summary>
internal static class HitReader
{
    private static readonly HashSet<string> TextOnly = new(StringComparer.Ordinal) { IndexFields.Text };

    public static SearchHit Read(IndexSearcher searcher, int doc, float score, SnippetHighlighter highlighter)
    {
        var stored = new HitFieldsVisitor();
        searcher.Doc(doc, stored);
        var unit = IndexFields.ParseUnit(stored.Unit ?? string.Empty);
        var document = ReadDocumentFields(searcher.IndexReader, unit == Unit.Document ? doc : doc - (stored.ParentOffset ?? 0));
        var text = unit == Unit.Document ? DocumentText(searcher, doc, stored.ParagraphCount ?? 0) : stored.Text ?? string.Empty;
        return new SearchHit(
            Id: stored.UnitId ?? string.Empty,
            DocumentId: document.DocumentId,
            Unit: unit,
            Title: document.Title,
            Published: document.Published,
            Source: document.Source,
            Kind: document.Kind,
            Location: document.Location,
            Score: float.IsNaN(score) ? 0f : score,
            Paragraph: stored.Paragraph,
            Page: stored.Page,
            Heading: stored.Heading,
            Speaker: stored.Speaker,
            Role: stored.Role,
            Organisation: stored.Organisation,
            QuoteText: unit == Unit.Quote ? text : null,
            Themes: stored.Themes,
            Ratings: stored.Ratings,
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
    private static string DocumentText(IndexSearcher searcher, int doc, int count)
    {
        var texts = new string[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = searcher.Doc(doc + 1 + i, TextOnly).Get(IndexFields.Text) ?? string.Empty;
        }

        return string.Join(UnitDocumentBuilder.ParagraphSeparator, texts);
    }
}
