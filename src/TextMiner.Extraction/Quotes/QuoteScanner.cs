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

            if (closedAt < 0 && q == p && isDouble && UnmarkedContinuation(paragraphs, p) is { } last)
            {
                // Paragraphs that continue the quote without opening marks, up to the one that closes it.
                for (var k = p + 1; k < last.Paragraph; k++)
                {
                    parts.Add(paragraphs[k].Text);
                }

                parts.Add(paragraphs[last.Paragraph].Text[..last.Close]);
                q = last.Paragraph;
                closedAt = last.Close;
            }

            var resumeAt = closedAt + 1;
            if (closedAt < 0)
            {
                var stop = NextOpenAfter(paragraphs[q].Text, q == p ? open + 1 : 0);
                if (stop < 0 && q == paragraphs.Count - 1)
                {
                    // Still open where the page ends: the page was cut mid-quote. The paragraphs it completed before
                    // the last one stand; the last one's words are not all there.
                    if (q > p)
                    {
                        quotes.Add(new RawQuote(p, open, q - 1, paragraphs[q - 1].Text.Length, string.Join(' ', parts.SkipLast(1).Select(part => part.Trim()))));
                    }

                    break;
                }

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

    private const int MaxUnmarkedParagraphs = 6;

    /// <summary>
    /// A quote left open whose next paragraphs carry no marks of their own (balanced quotes inside them aside) until
    /// one ends with the closing mark: where that mark is. Null when any paragraph in between opens or closes a
    /// quote, or none closes it within <see cref="MaxUnmarkedParagraphs"/>.
    /// </summary>
    private static (int Paragraph, int Close)? UnmarkedContinuation(IReadOnlyList<Paragraph> paragraphs, int from)
    {
        for (var k = from + 1; k < paragraphs.Count && k <= from + MaxUnmarkedParagraphs; k++)
        {
            var text = paragraphs[k].Text.TrimEnd();
            if (text.Length == 0 || LeadingOpen(text) >= 0)
            {
                return null;
            }

            var opens = text.Count(c => c == '“');
            var closes = text.Count(c => c == '”');
            var straight = text.Count(c => c == '"');
            if (closes == opens + 1 && straight % 2 == 0)
            {
                return (k, FirstUnmatchedClose(text));
            }

            if (text[^1] == '"' && closes == opens && straight % 2 == 1)
            {
                return (k, text.Length - 1);
            }

            if (closes != opens || straight % 2 == 1)
            {
                return null;
            }
        }

        return null;
    }

    private static int FirstUnmatchedClose(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '“')
            {
                depth++;
            }
            else if (text[i] == '”' && depth-- == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
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
