using TextMiner.Core.Records;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Quotes;

/// <summary>Direct quotations of five words or more, each with its speaker resolved through the document.</summary>
internal static class QuoteExtractor
{
    public const int MinWords = 5;

    public static IReadOnlyList<Quote> Extract(Document document, IReadOnlyList<IReadOnlyList<TextSpan>> sentences)
    {
        var raw = QuoteScanner.Scan(document.Paragraphs);
        if (raw.Count == 0)
        {
            return [];
        }

        var registry = PersonRegistry.Build(document);
        var attributor = new Attributor(document, sentences, registry, QuoteMask.Build(document.Paragraphs, raw));
        var quotes = new List<Quote>();
        RawQuote? previous = null;
        foreach (var quote in raw)
        {
            var text = Normalise(quote.Text);
            if (WordCount(text) < MinWords)
            {
                attributor.Observe(quote);
                previous = quote;
                continue;
            }

            if (TitleOfWork.IsNamedTitle(document.Paragraphs[quote.Paragraph].Text, quote.Open))
            {
                previous = quote;
                continue;
            }

            var attribution = attributor.Attribute(quote, previous);
            var speaker = attribution.Speaker;
            if (speaker is null && TitleOfWork.IsTitle(document.Paragraphs[quote.Paragraph].Text, quote.Open, text))
            {
                previous = quote;
                continue;
            }
            var end = quote.EndParagraph == quote.Paragraph ? quote.Close : document.Paragraphs[quote.Paragraph].Text.Length;
            quotes.Add(new Quote(speaker?.Name, speaker?.Role, speaker?.Organisation, text, new Evidence(document.Paragraphs[quote.Paragraph].Index,
                quote.Open + 1, end), [])
            {
                LastParagraph = quote.EndParagraph == quote.Paragraph ? null : document.Paragraphs[quote.EndParagraph].Index,
                Rule = attribution.Rule,
                Confidence = attribution.Confidence,
            });
            previous = quote;
        }

        return quotes;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord || (inWord && c is '’' or '\'' or '-');
        }

        return count;
    }

    /// <summary>Whitespace collapsed; a trailing comma belongs to the attribution ("…,” she said), not the quote.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ' ');
}
