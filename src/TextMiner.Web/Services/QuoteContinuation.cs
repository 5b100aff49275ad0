using TextMiner.Core.Records;

namespace TextMiner.Web.Services;

/// <summary>
/// A quote running over several paragraphs is stored once, with offsets in the paragraph where it opens (its end is that
/// paragraph's end). Each following paragraph that reopens with a quote mark and whose words belong to the quote is
/// marked too, up to the quote's last words or the paragraph's end.
/// </summary>
internal static class QuoteContinuation
{
    private const int ProbeLength = 40;
    private const int TailLength = 30;
    private const string OpeningMarks = "\"“‘'";

    public static IEnumerable<(int Paragraph, int Start, int End)> Spans(IReadOnlyList<Paragraph> paragraphs, Quote quote, int markedLength)
    {
        var opening = paragraphs.ToList().FindIndex(p => p.Index == quote.Evidence.Paragraph);
        if (opening < 0 || quote.Text.Length <= markedLength + 5)
        {
            yield break;
        }

        var tail = Tail(quote.Text);
        for (var i = opening + 1; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            var lead = text.Length - text.TrimStart().Length;
            if (lead >= text.Length || !OpeningMarks.Contains(text[lead], StringComparison.Ordinal))
            {
                yield break;
            }

            var start = lead + 1;
            var probe = text[start..Math.Min(text.Length, start + ProbeLength)].Trim();
            if (probe.Length == 0 || !quote.Text.Contains(probe, StringComparison.Ordinal))
            {
                yield break;
            }

            var end = tail.Length > 0 ? text.IndexOf(tail, start, StringComparison.Ordinal) : -1;
            if (end >= 0)
            {
                yield return (paragraphs[i].Index, start, end + tail.Length);
                yield break;
            }

            yield return (paragraphs[i].Index, start, text.TrimEnd().Length);
        }
    }

    private static string Tail(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length <= TailLength ? trimmed : trimmed[^TailLength..];
    }
}
