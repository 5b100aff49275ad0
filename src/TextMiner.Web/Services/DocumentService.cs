using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Pipeline;
using TextMiner.Web.Api;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Services;

/// <summary>One stored document with its findings' evidence marked, for the document page and /api/documents/{id}.</summary>
internal sealed class DocumentService(ReadOnlyData data)
{
    public const int MaxIdLength = 64;

    /// <summary>The document, or a 404 <see cref="WebRequestException"/>; null when nothing has been ingested.</summary>
    public async Task<DocumentModel?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (await data.GetStoreAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return null;
        }

        var analysed = id.Length <= MaxIdLength ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (analysed is null)
        {
            throw new WebRequestException(
                WebErrors.NotFoundCode, string.Format(CultureInfo.InvariantCulture, WebErrors.DocumentNotFound, id), 404);
        }

        var document = analysed.Document;
        var findings = analysed.Findings;
        var continued = Continuations(document.Paragraphs, findings.Quotes);
        var paragraphs = document.Paragraphs
            .Select(p => new ParagraphModel(p.Index, p.Text, p.Page, p.Heading, Marks(p, findings, continued)))
            .ToList();
        return new DocumentModel(
            document.Id,
            document.Version,
            document.Title,
            document.Source,
            document.Kind,
            document.Location,
            Links.Original(document.Location, null),
            document.Published,
            analysed.FetchedAt,
            analysed.Themes,
            paragraphs,
            findings.Ratings,
            findings.Figures,
            findings.Quotes)
        {
            OtherLocations = analysed.OtherLocations,
        };
    }

    private static ILookup<int, MarkModel> Continuations(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Quote> quotes)
    {
        var marks = new List<(int Paragraph, MarkModel Mark)>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var opening = paragraphs.FirstOrDefault(p => p.Index == quote.Evidence.Paragraph);
            if (opening is null || EvidenceSpans.Locate(opening.Text, quote.Evidence, quote.Text) is not { } span || span.End < opening.Text.TrimEnd().Length)
            {
                continue;
            }

            foreach (var (paragraph, start, end) in QuoteContinuation.Spans(paragraphs, quote, span.End - span.Start))
            {
                marks.Add((paragraph, new MarkModel("quote", i, start, end, $"Quote (continued): {quote.Speaker ?? "unattributed"}")));
            }
        }

        return marks.ToLookup(m => m.Paragraph, m => m.Mark);
    }

    private static List<MarkModel> Marks(Paragraph paragraph, Findings findings, ILookup<int, MarkModel> continued)
    {
        var marks = new List<MarkModel>(continued[paragraph.Index]);
        Add(marks, paragraph, findings.Ratings, "rating", r => (r.Evidence, r.Excerpt), r => $"Rating: {r.Value} ({r.Aspect})");
        Add(marks, paragraph, findings.Figures, "figure", f => (f.Evidence, f.Excerpt), f => $"Figure: {f.Kind} {f.Value.ToString(CultureInfo.InvariantCulture)}");
        Add(marks, paragraph, findings.Quotes, "quote", q => (q.Evidence, q.Text), q => $"Quote: {q.Speaker ?? "unattributed"}");
        return marks.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();
    }

    private static void Add<T>(
        List<MarkModel> marks,
        Paragraph paragraph,
        IReadOnlyList<T> findings,
        string kind,
        Func<T, (Evidence Evidence, string Text)> place,
        Func<T, string> label)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var (evidence, text) = place(findings[i]);
            if (evidence.Paragraph == paragraph.Index && EvidenceSpans.Locate(paragraph.Text, evidence, text) is { } span)
            {
                marks.Add(new MarkModel(kind, i, span.Start, span.End, label(findings[i])));
            }
        }
    }
}
