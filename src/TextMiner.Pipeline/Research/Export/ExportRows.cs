using System.Runtime.CompilerServices;
using TextMiner.Core.Records;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// Reads the rows of an export from SQLite, in a stable order: documents and paragraphs by document id (then paragraph
/// index); ratings, figures and quotes by publication date (undated last), document id, then their order in the document.
/// Values follow <see cref="ExportColumns"/>.
/// </summary>
internal static class ExportRows
{
    private const int SeparatorLength = 2; // paragraphs are joined by "\n\n" into the document text

    public static IAsyncEnumerable<object?[]> ReadAsync(
        DocumentStore store, ExportWhat what, ExportSelection? selection, double minConfidence, CancellationToken cancellationToken) => what switch
    {
        ExportWhat.Documents => DocumentsAsync(store, selection, cancellationToken),
        ExportWhat.Paragraphs => ParagraphsAsync(store, selection, cancellationToken),
        ExportWhat.Ratings => RatingsAsync(store, selection, minConfidence, cancellationToken),
        ExportWhat.Figures => FiguresAsync(store, selection, minConfidence, cancellationToken),
        ExportWhat.Quotes => QuotesAsync(store, selection, minConfidence, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
    };

    public static DocumentProvenance ProvenanceOf(AnalysedDocument analysed)
    {
        var document = analysed.Document;
        return new DocumentProvenance(
            document.Id, document.Source, document.Kind, document.Location, document.Title, document.Published,
            analysed.FetchedAt, document.Version);
    }

    private static async IAsyncEnumerable<object?[]> DocumentsAsync(
        DocumentStore store, ExportSelection? selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var analysed in store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var document = analysed.Document;
            if (selection is not null && !selection.Contains(document.Id))
            {
                continue;
            }

            var characters = document.Paragraphs.Sum(p => p.Text.Length)
                + (SeparatorLength * Math.Max(0, document.Paragraphs.Count - 1));
            yield return Row(
                ProvenanceOf(analysed),
                document.Paragraphs.Count,
                characters,
                analysed.Findings.Ratings.Count,
                analysed.Findings.Figures.Count,
                analysed.Findings.Quotes.Count,
                Labels(analysed.Themes),
                analysed.OtherLocations);
        }
    }

    private static async IAsyncEnumerable<object?[]> ParagraphsAsync(
        DocumentStore store, ExportSelection? selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var analysed in store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var provenance = ProvenanceOf(analysed);
            var start = 0;
            for (var i = 0; i < analysed.Document.Paragraphs.Count; i++)
            {
                var paragraph = analysed.Document.Paragraphs[i];
                var end = start + paragraph.Text.Length;
                if (selection is null || selection.Contains(ExportSelection.ParagraphKey(provenance.Id, paragraph.Index)))
                {
                    IReadOnlyList<ThemeScore> themes = i < analysed.ParagraphThemes.Count ? analysed.ParagraphThemes[i] : [];
                    yield return Row(provenance, paragraph.Index, paragraph.Page, paragraph.Heading, start, end, Labels(themes), paragraph.Text);
                }

                start = end + SeparatorLength;
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> RatingsAsync(
        DocumentStore store, ExportSelection? selection, double minConfidence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordinals = new Ordinals();
        await foreach (var stored in store.ReadRatingsAsync(cancellationToken).ConfigureAwait(false))
        {
            var ordinal = ordinals.Next(stored.Document.Id);
            var r = stored.Rating;
            if (r.Confidence >= minConfidence && (selection is null || selection.Contains(ExportSelection.ParagraphKey(stored.Document.Id, r.Evidence.Paragraph))))
            {
                yield return FindingRow(stored.Document, ordinal, r.Evidence, r.Value, r.Aspect, r.Subject, r.Excerpt, r.Rule, r.Confidence);
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> FiguresAsync(
        DocumentStore store, ExportSelection? selection, double minConfidence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordinals = new Ordinals();
        await foreach (var stored in store.ReadFiguresAsync(cancellationToken).ConfigureAwait(false))
        {
            var ordinal = ordinals.Next(stored.Document.Id);
            var f = stored.Figure;
            if (f.Confidence >= minConfidence && (selection is null || selection.Contains(ExportSelection.ParagraphKey(stored.Document.Id, f.Evidence.Paragraph))))
            {
                yield return FindingRow(stored.Document, ordinal, f.Evidence, f.Kind, f.Value, f.Subject, f.Excerpt, f.Rule, f.Confidence);
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> QuotesAsync(
        DocumentStore store, ExportSelection? selection, double minConfidence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ordinals = new Ordinals();
        await foreach (var stored in store.ReadQuotesAsync(cancellationToken).ConfigureAwait(false))
        {
            var ordinal = ordinals.Next(stored.Document.Id);
            var q = stored.Quote;
            if (q.Confidence >= minConfidence && (selection is null || selection.Contains(ExportSelection.QuoteKey(stored.Document.Id, ordinal))))
            {
                yield return FindingRow(stored.Document, ordinal, q.Evidence, q.Speaker, q.Role, q.Organisation, Labels(q.Themes), q.Text, q.Rule, q.Confidence);
            }
        }
    }

    /// <summary>A rating, figure or quote row: its ordinal and evidence (the columns of ExportColumns.Evidence), then its own values.</summary>
    private static object?[] FindingRow(DocumentProvenance provenance, int ordinal, Evidence evidence, params object?[] values) =>
        Row(provenance, [ordinal, evidence.Paragraph, evidence.Start, evidence.End, .. values]);

    private static object?[] Row(DocumentProvenance provenance, params object?[] values)
    {
        var isUrl = provenance.Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || provenance.Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        return
        [
            provenance.Id,
            provenance.Source,
            provenance.Kind,
            isUrl ? provenance.Location : null,
            isUrl ? null : provenance.Location,
            provenance.Title,
            provenance.Published,
            provenance.FetchedAt,
            provenance.Sha256,
            .. values,
        ];
    }

    private static IReadOnlyList<string> Labels(IReadOnlyList<ThemeScore> themes) =>
        [.. themes.OrderByDescending(t => t.Score).ThenBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Label)];

    /// <summary>Findings arrive grouped by document in their stored order, so the n-th row of a document is ordinal n.</summary>
    private sealed class Ordinals
    {
        private string? document;
        private int next;

        public int Next(string documentId)
        {
            if (!string.Equals(document, documentId, StringComparison.Ordinal))
            {
                document = documentId;
                next = 0;
            }

            return next++;
        }
    }
}
