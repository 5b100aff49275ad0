using TextMiner.Core.Records;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// Paragraph texts with every quotation's words blanked out (same length, same offsets), so that looking for who
/// spoke never reads a speech verb inside somebody's quote ("‘… what Napo has been saying’").
/// </summary>
internal static class QuoteMask
{
    public static string[] Build(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<RawQuote> quotes)
    {
        var masked = paragraphs.Select(p => p.Text.ToCharArray()).ToArray();
        foreach (var quote in quotes)
        {
            for (var p = quote.Paragraph; p <= quote.EndParagraph && p < masked.Length; p++)
            {
                var from = p == quote.Paragraph ? quote.Open + 1 : 0;
                var to = p == quote.EndParagraph ? Math.Min(quote.Close, masked[p].Length) : masked[p].Length;
                for (var i = from; i < to; i++)
                {
                    masked[p][i] = ' ';
                }
            }
        }

        return masked.Select(chars => new string(chars)).ToArray();
    }
}
