using TextMiner.Core.Records;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// Finds quoted passages across a document. A quote left open at a paragraph's end continues when the next paragraph
/// opens with a quote mark (the convention for quotes running over several paragraphs).
/// </summary>
internal static class QuoteScanner
{
    public static List<RawQuote> Scan(IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<RawQuote>();
        var p = 0;
        var position = 0;
        while (p < paragraphs.Count)
        {
            var text = paragraphs[p].Text;
            var open = QuoteMarks.FirstOpen(text, position);
            if (open < 0)
            {
                p++;
                position = 0;
                continue;
            }

            var isDouble = QuoteMarks.IsDouble(text[open]);
            var close = QuoteMarks.FindClose(text, open + 1, isDouble);
            if (close >= 0)
            {
                quotes.Add(new RawQuote(p, open, p, close, text[(open + 1)..close]));
                position = close + 1;
                continue;
            }

            var parts = new List<string> { text[(open + 1)..] };
            var q = p;
            var closedAt = -1;
            while (closedAt < 0 && q + 1 < paragraphs.Count && LeadingOpen(paragraphs[q + 1].Text) is var next and >= 0)
            {
                q++;
                var nextText = paragraphs[q].Text;
                closedAt = QuoteMarks.FindClose(nextText, next + 1, QuoteMarks.IsDouble(nextText[next]));
                parts.Add(closedAt >= 0 ? nextText[(next + 1)..closedAt] : nextText[(next + 1)..]);
            }

            var resumeAt = closedAt + 1;
            if (closedAt < 0)
            {
                var stop = NextOpenAfter(paragraphs[q].Text, q == p ? open + 1 : 0);
                closedAt = stop >= 0 ? stop : paragraphs[q].Text.Length;
                resumeAt = stop >= 0 ? stop : closedAt + 1;
                if (q == p)
                {
                    parts[0] = text[(open + 1)..closedAt];
                }
            }

            quotes.Add(new RawQuote(p, open, q, closedAt, string.Join(' ', parts.Select(part => part.Trim()))));
            p = q;
            position = resumeAt;
            if (position >= paragraphs[p].Text.Length)
            {
                p++;
                position = 0;
            }
        }

        return quotes;
    }

    private static int LeadingOpen(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && QuoteMarks.OpensAt(text, i) ? i : -1;
    }

    private static int NextOpenAfter(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '“')
            {
                return i;
            }
        }

        return -1;
    }
}
