namespace TextMiner.Search.Indexing;

/// <summary>Lucene field names. Facet and sort doc values live in their own fields (f_*, s_*).</summary>
internal static class IndexFields
{
    public const string UnitId = "uid";
    public const string DocumentId = "doc_id";
    public const string Unit = "unit";
    public const string Version = "version";
    public const string Title = "title";
    public const string Text = "text";
    public const string TextPlain = "text_plain";
    public const string Heading = "heading";
    public const string Published = "published";
    public const string Year = "year";
    public const string Source = "source";
    public const string Kind = "kind";
    public const string Theme = "theme";
    public const string Rating = "rating";
    public const string Figure = "figure";
    public const string Speaker = "speaker";
    public const string Role = "role";
    public const string Organisation = "organisation";
    public const string Paragraph = "paragraph";
    public const string Page = "page";

    /// <summary>A quote's extraction confidence in hundredths (0..100), for `--min-confidence`.</summary>
    public const string Confidence = "confidence";

    public const string FacetSource = "f_source";
    public const string FacetYear = "f_year";
    public const string FacetTheme = "f_theme";
    public const string FacetSpeaker = "f_speaker";
    public const string FacetRating = "f_rating";
    public const string SortPublished = "s_published";
    public const string SortUnitId = "s_uid";

    /// <summary>1 on a paragraph that is only a heading, so relevance ranks it after the paragraphs it heads.</summary>
    public const string SortHeadingOnly = "s_heading_only";

    /// <summary>On document units: the <see cref="Indexing.DocumentFields"/> every hit of the document shows.</summary>
    public const string DocumentFields = "s_document";

    /// <summary>
    /// On paragraph and quote units: how many Lucene documents before this one its document unit is. A document's units
    /// are added as one block, which Lucene keeps contiguous and in order through merges, so the document unit (which
    /// alone stores the title, location and dates) is found by subtraction, with no lookup.
    /// </summary>
    public const string ParentOffset = "parent";

    /// <summary>On document units: how many paragraph units follow it in its block (their texts, joined, are its text).</summary>
    public const string ParagraphCount = "paragraph_count";

    public static int Hundredths(double confidence) => (int)Math.Round(Math.Clamp(confidence, 0, 1) * 100);

    /// <summary>Fields analysed as English text (stemmed, stop words removed).</summary>
    public static IReadOnlySet<string> EnglishText { get; } = new HashSet<string>(StringComparer.Ordinal) { Title, Text, Heading };

    /// <summary>Name fields: split into lower-cased words, no stemming, so "stacey" finds "Glenys Stacey".</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.Ordinal) { Speaker, Role, Organisation };

    /// <summary>Exact fields: the whole value, lower-cased, is one term.</summary>
    public static IReadOnlySet<string> Exact { get; } =
        new HashSet<string>(StringComparer.Ordinal) { Source, Kind, Theme, Rating, Figure, Year, Unit, DocumentId };

    /// <summary>Fields indexed as one whole term each (<see cref="UnitDocumentBuilder"/>'s keyword fields).</summary>
    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(Exact, StringComparer.Ordinal) { Version };

    /// <summary>What a user may name in a query (field:value), with the aliases they may type.</summary>
    public static IReadOnlyDictionary<string, string> Queryable { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Text] = Text, ["body"] = Text, [Title] = Title, [Heading] = Heading, [Published] = Published, ["date"] = Published,
        [Year] = Year, [Source] = Source, [Kind] = Kind, [Theme] = Theme, [Rating] = Rating, [Figure] = Figure,
        [Speaker] = Speaker, [Role] = Role, [Organisation] = Organisation, ["organization"] = Organisation,
        [Unit] = Unit, ["id"] = DocumentId,
    };

    /// <summary>The field names to show users (no aliases, no internal names).</summary>
    public static IReadOnlyList<string> QueryableNames { get; } =
        [Text, Title, Heading, Published, Year, Source, Kind, Theme, Rating, Figure, Speaker, Role, Organisation, Unit, "id"];

    public static string UnitName(Search.Unit unit) => unit switch
    {
        Search.Unit.Document => "document",
        Search.Unit.Paragraph => "paragraph",
        _ => "quote",
    };

    public static Search.Unit ParseUnit(string value) => value switch
    {
        "document" => Search.Unit.Document,
        "paragraph" => Search.Unit.Paragraph,
        _ => Search.Unit.Quote,
    };

    public static string Normalise(string value) => value.Trim().ToLowerInvariant();
}
