using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Extraction.Figures;
using TextMiner.Extraction.Quotes;
using TextMiner.Extraction.Ratings;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction;

/// <summary>
/// The Extract stage: inspection ratings, staffing figures and quotes with their speakers, each with its evidence
/// (paragraph index and character offsets in that paragraph). Pure, synchronous and thread-safe. Quotes carry empty
/// themes; the classifier fills them.
/// </summary>
public sealed class FindingsExtractor : IFindingsExtractor
{
    public Findings Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Paragraphs;
        var sentences = new IReadOnlyList<TextSpan>[paragraphs.Count];
        var ratings = new List<FoundRating>();
        var ratingSubject = RatingSubject.OfDocument(document.Title);
        var figures = new List<Figure>();
        var subject = FigureSubject.Find(document.Title);
        var caption = new CaptionedTable();
        var figureTable = new FigureTable(caption);
        var flatTable = new FlatTable(caption);
        (string Kind, bool IsPercent)? lastFigureKind = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            sentences[i] = SentenceSplitter.Split(paragraph.Text);
            if (!RatingTable.TryRead(paragraph, i > 0 ? paragraphs[i - 1] : null, ratingSubject, ratings))
            {
                RatingExtractor.Extract(paragraph, sentences[i], ratingSubject, ratings);
            }

            if (!figureTable.TryRead(paragraph, figures) && !flatTable.TryRead(paragraph, figures))
            {
                var question = i > 0 && paragraphs[i - 1].Text.AsSpan().TrimEnd().EndsWith("?") ? paragraphs[i - 1].Text : null;
                FigureExtractor.Extract(paragraph, sentences[i], figures, question, ref lastFigureKind);
            }
        }

        var quotes = QuoteExtractor.Extract(document, sentences);
        return new Findings(RatingFacts.Merge(ratings, ratingSubject), FigureFacts.Merge(figures), quotes);
    }
}
