using static TextMiner.Pipeline.Research.Export.ExportColumnType;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>The columns of each export, in order: the document's provenance first, then the unit's own fields.</summary>
public static class ExportColumns
{
    public static IReadOnlyList<ExportColumn> Provenance { get; } =
    [
        new("document_id", Text, "Stable id of the document, derived from its URL or path."),
        new("source", Text, "The source it came from (hmip, napo, local, ...); synthetic for a demo document written for the project, not a real publication."),
        new("kind", Text, "Document kind: press-release, inspection-report, thematic-report, annual-report, news, blog, magazine-article, article, document."),
        new("url", Text, "The canonical URL it was fetched from; empty for a local file."),
        new("path", Text, "The local file it was read from; empty for a fetched document."),
        new("title", Text, "The document's title."),
        new("published", Date, "Publication date; empty when the document does not state one."),
        new("fetched_at", Timestamp, "When the bytes were fetched or read (UTC)."),
        new("sha256", Text, "sha256 of the raw bytes everything was extracted from (the file raw/<2>/<sha256> in the data directory); also the document's version."),
    ];

    public static IReadOnlyList<ExportColumn> Documents { get; } =
    [
        .. Provenance,
        new("paragraphs", Integer, "Number of paragraphs."),
        new("characters", Integer, "Length of the document text (paragraphs joined by a blank line)."),
        new("ratings", Integer, "Number of inspection ratings found."),
        new("figures", Integer, "Number of staffing and caseload figures found."),
        new("quotes", Integer, "Number of direct quotations found."),
        new("themes", List, "Theme labels of the whole document, highest score first."),
        new("other_locations", List, "Other URLs or paths where the same bytes were found (one document per content)."),
    ];

    public static IReadOnlyList<ExportColumn> Paragraphs { get; } =
    [
        .. Provenance,
        new("paragraph", Integer, "Paragraph index in the document, from 0."),
        new("page", Integer, "PDF page (from 1); empty for other formats."),
        new("heading", Text, "The heading the paragraph sits under, when known."),
        new("start", Integer, "Offset of the paragraph's first character in the document text (paragraphs joined by a blank line)."),
        new("end", Integer, "Offset just past its last character (end - start = length of text)."),
        new("themes", List, "Theme labels of the paragraph, highest score first."),
        new("text", Text, "The paragraph's text."),
    ];

    public static IReadOnlyList<ExportColumn> Ratings { get; } =
    [
        .. Provenance,
        new("ordinal", Integer, "The rating's position among the document's ratings, from 0."),
        .. Evidence("holding the evidence", "the evidence"),
        new("value", Text, "Outstanding, Good, Requires improvement or Inadequate."),
        new("aspect", Text, "What was rated: overall, a domain or standard (\"court work\"), or summary."),
        new("subject", Text, "The service or area rated, when named."),
        new("evidence", Text, "The words the rating was read from."),
        .. Extraction,
    ];

    public static IReadOnlyList<ExportColumn> Figures { get; } =
    [
        .. Provenance,
        new("ordinal", Integer, "The figure's position among the document's figures, from 0."),
        .. Evidence("holding the evidence", "the evidence"),
        new("figure_kind", Text, "vacancies, vacancy-rate, staff-in-post, staff-required, caseload, workload, sickness-absence or people-supervised."),
        new("value", Number, "The number as written: 20 for 20%, 106000 for \"106,000\"."),
        new("subject", Text, "Who or what the figure is about, when named."),
        new("evidence", Text, "The words the figure was read from."),
        .. Extraction,
    ];

    public static IReadOnlyList<ExportColumn> Quotes { get; } =
    [
        .. Provenance,
        new("ordinal", Integer, "The quote's position among the document's quotes, from 0 (search ids are <document_id>#q<ordinal>)."),
        .. Evidence("where the quote opens", "the quoted words"),
        new("speaker", Text, "\"First Last\", or a role in lower case where only a role is given; empty when unattributed."),
        new("role", Text, "The speaker's role, when given."),
        new("organisation", Text, "The speaker's organisation, when given."),
        new("themes", List, "Theme labels of the quote, highest score first."),
        new("text", Text, "The words inside the quotation marks."),
        .. Extraction,
    ];

    /// <summary>Where a rating, figure or quote was read: its <see cref="Core.Records.Evidence"/>.</summary>
    private static IReadOnlyList<ExportColumn> Evidence(string paragraph, string words) =>
    [
        new("paragraph", Integer, $"Index of the paragraph {paragraph}."),
        new("start", Integer, $"Offset of {words} in that paragraph's text."),
        new("end", Integer, $"Offset just past {words}."),
    ];

    /// <summary>How a rating, figure or quote was found: what a review queue sorts by.</summary>
    private static IReadOnlyList<ExportColumn> Extraction =>
    [
        new("rule", Text, "The id of the extraction rule that produced the row (see docs/extract.md), e.g. figures.vacancies.noun-after."),
        new("confidence", Number, "How sure the extractor is, 0 to 1; `--min-confidence` drops rows below a threshold."),
    ];

    public static IReadOnlyList<ExportColumn> For(ExportWhat what) => what switch
    {
        ExportWhat.Documents => Documents,
        ExportWhat.Paragraphs => Paragraphs,
        ExportWhat.Ratings => Ratings,
        ExportWhat.Figures => Figures,
        ExportWhat.Quotes => Quotes,
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };
}
