using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using TextMiner.Core.Records;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace TextMiner.Search.Indexing;

/// <summary>Turns one <see cref="AnalysedDocument"/> into its Lucene units: one document, one per paragraph, one per quote.</summary>
internal static class UnitDocumentBuilder
{
    public const string ParagraphSeparator = "\n\n";

    public static string ParagraphUnitId(string documentId, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}#p{paragraph}");

    public static string QuoteUnitId(string documentId, int quote) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}#q{quote}");

    /// <summary>
    /// The document unit first, then its paragraphs, then its quotes: one block (see <see cref="IndexFields.ParentOffset"/>).
    /// Only the document unit holds the shared fields (<see cref="DocumentFields"/>); each text is stored once, by its paragraph (a document's text is
    /// its paragraphs' texts joined, read from the paragraph units that follow it).
    /// The title and the paragraphs are analysed once, by <paramref name="tokens"/>, and replayed into every unit that
    /// indexes them: add the units to the writer on this thread before building the next document with the same tokens.
    /// </summary>
    public static IReadOnlyList<LuceneDocument> Build(AnalysedDocument analysed, DocumentTokens tokens)
    {
        var document = analysed.Document;
        var units = new List<LuceneDocument>(1 + document.Paragraphs.Count + analysed.Findings.Quotes.Count);
        tokens.Start(document);

        var whole = Common(document, tokens, document.Id, Unit.Document, parentOffset: 0);
        whole.Add(Keyword(IndexFields.Version, document.Version, Field.Store.YES));
        var shown = new DocumentFields(
            document.Id, document.Title, IndexFields.Normalise(document.Source), IndexFields.Normalise(document.Kind), document.Location,
            [.. analysed.OtherLocations], document.Published);
        whole.Add(new BinaryDocValuesField(IndexFields.DocumentFields, shown.Encode()));

        whole.Add(new TextField(IndexFields.Text, tokens.JoinedText()));
        whole.Add(new Field(IndexFields.TextPlain, tokens.JoinedPlainText(), PlainText));
        whole.Add(new StoredField(IndexFields.ParagraphCount, document.Paragraphs.Count));
        AddThemes(whole, analysed.Themes);
        AddRatings(whole, analysed.Findings.Ratings);
        AddFigures(whole, analysed.Findings.Figures);
        units.Add(whole);

        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            var unit = Common(document, tokens, ParagraphUnitId(document.Id, paragraph.Index), Unit.Paragraph, units.Count);
            unit.Add(new TextField(IndexFields.Text, tokens.Text(i)));
            unit.Add(new StoredField(IndexFields.Text, paragraph.Text));
            unit.Add(new Field(IndexFields.TextPlain, tokens.PlainText(i), PlainText));
            AddPlace(unit, paragraph);
            if (HeadingOnly.Is(paragraph))
            {
                unit.Add(new SortedDocValuesField(IndexFields.SortHeadingOnly, SortKey.Encode(1)));
            }

            AddThemes(unit, ParagraphThemes(analysed, paragraph.Index));
            AddRatings(unit, analysed.Findings.Ratings.Where(r => r.Evidence.Paragraph == paragraph.Index));
            AddFigures(unit, analysed.Findings.Figures.Where(f => f.Evidence.Paragraph == paragraph.Index));
            units.Add(unit);
        }

        for (var i = 0; i < analysed.Findings.Quotes.Count; i++)
        {
            units.Add(BuildQuote(analysed, tokens, i, units.Count));
        }

        return units;
    }

    private static LuceneDocument BuildQuote(AnalysedDocument analysed, DocumentTokens tokens, int number, int parentOffset)
    {
        var document = analysed.Document;
        var quote = analysed.Findings.Quotes[number];
        var unit = Common(document, tokens, QuoteUnitId(document.Id, number), Unit.Quote, parentOffset);
        AddText(unit, quote.Text, Field.Store.YES);
        var paragraph = document.Paragraphs.FirstOrDefault(p => p.Index == quote.Evidence.Paragraph);
        if (paragraph is not null)
        {
            AddPlace(unit, paragraph);
        }
        else
        {
            unit.Add(new StoredField(IndexFields.Paragraph, quote.Evidence.Paragraph));
        }

        unit.Add(new Int32Field(IndexFields.Confidence, IndexFields.Hundredths(quote.Confidence), Field.Store.NO));
        AddName(unit, IndexFields.Speaker, quote.Speaker, IndexFields.FacetSpeaker);
        AddName(unit, IndexFields.Role, quote.Role, null);
        AddName(unit, IndexFields.Organisation, quote.Organisation, null);

        // A quote the classifier has not scored yet takes its paragraph's themes, so topic searches still find it.
        AddThemes(unit, quote.Themes.Count > 0 ? quote.Themes : ParagraphThemes(analysed, quote.Evidence.Paragraph));
        return unit;
    }

    /// <summary>
    /// What every unit is searched, filtered, sorted and counted by. Nothing of it is stored but the document unit's id
    /// (for <c>GetIndexedVersions</c>): hits show the document unit's <see cref="DocumentFields"/>.
    /// </summary>
    private static LuceneDocument Common(Core.Records.Document document, DocumentTokens tokens, string unitId, Unit unit, int parentOffset)
    {
        var store = unit == Unit.Document ? Field.Store.YES : Field.Store.NO;
        var source = IndexFields.Normalise(document.Source);
        var result = new LuceneDocument
        {
            new StoredField(IndexFields.UnitId, unitId),
            new SortedDocValuesField(IndexFields.SortUnitId, new BytesRef(unitId)),
            Keyword(IndexFields.DocumentId, document.Id, store),
            Keyword(IndexFields.Unit, IndexFields.UnitName(unit), Field.Store.YES),
            new TextField(IndexFields.Title, tokens.Title()),
            Keyword(IndexFields.Source, source, Field.Store.NO),
            new SortedDocValuesField(IndexFields.FacetSource, new BytesRef(source)),
            Keyword(IndexFields.Kind, IndexFields.Normalise(document.Kind), Field.Store.NO),
        };
        if (unit != Unit.Document)
        {
            result.Add(new StoredField(IndexFields.ParentOffset, parentOffset));
        }

        if (document.Published is { } published)
        {
            var year = published.Year.ToString(CultureInfo.InvariantCulture);
            result.Add(new SortedDocValuesField(IndexFields.SortPublished, SortKey.Encode(DateKey(published))));
            result.Add(Keyword(IndexFields.Year, year, Field.Store.NO));
            result.Add(new SortedDocValuesField(IndexFields.FacetYear, new BytesRef(year)));
        }

        return result;
    }

    private static readonly FieldType StoredKeyword = KeywordType(stored: true);
    private static readonly FieldType UnstoredKeyword = KeywordType(stored: false);

    /// <summary>
    /// The value as one term, as a <c>StringField</c> indexes it, but through the writer's reused keyword analyzer
    /// (<see cref="Analysis.SearchAnalyzers.Indexing"/>) instead of a new token stream per field.
    /// </summary>
    private static Field Keyword(string name, string value, Field.Store store) =>
        new(name, value, store == Field.Store.YES ? StoredKeyword : UnstoredKeyword);

    private static FieldType KeywordType(bool stored)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = stored,
            OmitNorms = true,
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    private static readonly FieldType PlainText = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
    };

    /// <summary>The stemmed text and its unstemmed twin for wildcard and fuzzy terms (a paragraph's and the document's are replayed instead).</summary>
    private static void AddText(LuceneDocument unit, string text, Field.Store store)
    {
        unit.Add(new TextField(IndexFields.Text, text, store));
        unit.Add(new Field(IndexFields.TextPlain, text, PlainText));
    }

    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static void AddPlace(LuceneDocument unit, Paragraph paragraph)
    {
        unit.Add(new StoredField(IndexFields.Paragraph, paragraph.Index));
        if (paragraph.Page is { } page)
        {
            unit.Add(new StoredField(IndexFields.Page, page));
        }

        if (!string.IsNullOrWhiteSpace(paragraph.Heading))
        {
            unit.Add(new TextField(IndexFields.Heading, paragraph.Heading, Field.Store.YES));
        }
    }

    private static void AddName(LuceneDocument unit, string field, string? value, string? facetField)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        unit.Add(new TextField(field, value.Trim(), Field.Store.YES));
        if (facetField is not null)
        {
            unit.Add(new SortedDocValuesField(facetField, new BytesRef(value.Trim())));
        }
    }

    private static IReadOnlyList<ThemeScore> ParagraphThemes(AnalysedDocument analysed, int paragraph) =>
        paragraph >= 0 && paragraph < analysed.ParagraphThemes.Count ? analysed.ParagraphThemes[paragraph] : [];

    private static void AddThemes(LuceneDocument unit, IEnumerable<ThemeScore> themes)
    {
        foreach (var label in themes.Select(t => IndexFields.Normalise(t.Label)).Distinct(StringComparer.Ordinal))
        {
            unit.Add(Keyword(IndexFields.Theme, label, Field.Store.YES));
            unit.Add(new SortedSetDocValuesField(IndexFields.FacetTheme, new BytesRef(label)));
        }
    }

    private static void AddRatings(LuceneDocument unit, IEnumerable<Rating> ratings)
    {
        foreach (var value in ratings.Select(r => r.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            unit.Add(Keyword(IndexFields.Rating, IndexFields.Normalise(value), Field.Store.NO));
            unit.Add(new StoredField(IndexFields.Rating, value));
            unit.Add(new SortedSetDocValuesField(IndexFields.FacetRating, new BytesRef(value)));
        }
    }

    private static void AddFigures(LuceneDocument unit, IEnumerable<Figure> figures)
    {
        foreach (var kind in figures.Select(f => IndexFields.Normalise(f.Kind)).Distinct(StringComparer.Ordinal))
        {
            unit.Add(Keyword(IndexFields.Figure, kind, Field.Store.NO));
        }
    }
}
