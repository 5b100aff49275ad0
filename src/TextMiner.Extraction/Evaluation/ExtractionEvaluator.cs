using System.Globalization;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Evaluation;

/// <summary>
/// Scores extracted findings against gold documents: ratings match on value + aspect class, figures on kind + value,
/// quotes on text overlap ≥ <see cref="Matching.QuoteOverlapThreshold"/>; each gold record matches at most one found
/// record. Attribution accuracy is the share of matched quotes whose speakers agree after normalisation.
/// </summary>
public static class ExtractionEvaluator
{
    private const double FigureTolerance = 0.051;
    private const int QuoteShown = 60;

    public static ExtractionReport Evaluate(IReadOnlyList<(GoldDocument Gold, Findings Actual)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new Tally();
        foreach (var (gold, actual) in documents)
        {
            ScoreRatings(gold, actual, tally);
            ScoreFigures(gold, actual, tally);
            ScoreQuotes(gold, actual, tally);
        }

        return new ExtractionReport(
            documents.Count,
            new RecordScore(RecordTypes.Ratings, tally.Tp[0], tally.Fp[0], tally.Fn[0]),
            new RecordScore(RecordTypes.Figures, tally.Tp[1], tally.Fp[1], tally.Fn[1]),
            new RecordScore(RecordTypes.Quotes, tally.Tp[2], tally.Fp[2], tally.Fn[2]),
            tally.AttributionMatched,
            tally.AttributionCorrect,
            tally.Misses,
            tally.FalseHits,
            tally.WrongSpeakers);
    }

    private static void ScoreRatings(GoldDocument gold, Findings actual, Tally tally)
    {
        var used = new bool[actual.Ratings.Count];
        foreach (var expected in gold.Ratings)
        {
            var i = FindUnused(actual.Ratings, used, r =>
                string.Equals(r.Value, expected.Value, StringComparison.OrdinalIgnoreCase)
                && Matching.AspectClass(r.Aspect) == Matching.AspectClass(expected.Aspect));
            tally.Count(0, i >= 0, gold.Path, RecordTypes.Ratings, $"{expected.Value} ({expected.Aspect}) {expected.Subject}");
        }

        Unused(actual.Ratings, used, r => $"{r.Value} ({r.Aspect}) {r.Subject} — {Cut(r.Evidence)}", gold.Path, RecordTypes.Ratings, 0, tally);
    }

    private static void ScoreFigures(GoldDocument gold, Findings actual, Tally tally)
    {
        var used = new bool[actual.Figures.Count];
        foreach (var expected in gold.Figures)
        {
            var i = FindUnused(actual.Figures, used, f =>
                string.Equals(f.Kind, expected.Kind, StringComparison.Ordinal) && Math.Abs(f.Value - expected.Value) < FigureTolerance);
            tally.Count(1, i >= 0, gold.Path, RecordTypes.Figures, $"{expected.Kind} {expected.Value.ToString(CultureInfo.InvariantCulture)} {expected.Subject}");
        }

        Unused(actual.Figures, used, f => $"{f.Kind} {f.Value.ToString(CultureInfo.InvariantCulture)} — {Cut(f.Evidence)}", gold.Path, RecordTypes.Figures, 1, tally);
    }

    private static void ScoreQuotes(GoldDocument gold, Findings actual, Tally tally)
    {
        var used = new bool[actual.Quotes.Count];
        foreach (var expected in gold.Quotes)
        {
            var best = -1;
            var bestOverlap = Matching.QuoteOverlapThreshold;
            for (var i = 0; i < actual.Quotes.Count; i++)
            {
                var overlap = used[i] ? 0 : Matching.TextOverlap(expected.Text, actual.Quotes[i].Text);
                if (overlap >= bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            tally.Count(2, best >= 0, gold.Path, RecordTypes.Quotes, $"[{expected.Speaker}] {Cut(expected.Text)}");
            if (best < 0)
            {
                continue;
            }

            used[best] = true;
            tally.AttributionMatched++;
            if (Matching.SameSpeaker(expected.Speaker, actual.Quotes[best].Speaker))
            {
                tally.AttributionCorrect++;
            }
            else
            {
                tally.WrongSpeakers.Add(new EvaluationIssue(gold.Path, RecordTypes.Quotes,
                    $"expected [{expected.Speaker}] found [{actual.Quotes[best].Speaker}] {Cut(expected.Text)}"));
            }
        }

        Unused(actual.Quotes, used, q => $"[{q.Speaker}] {Cut(q.Text)}", gold.Path, RecordTypes.Quotes, 2, tally);
    }

    private static int FindUnused<T>(IReadOnlyList<T> items, bool[] used, Func<T, bool> matches)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!used[i] && matches(items[i]))
            {
                used[i] = true;
                return i;
            }
        }

        return -1;
    }

    private static void Unused<T>(IReadOnlyList<T> items, bool[] used, Func<T, string> describe, string path, string type, int index, Tally tally)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!used[i])
            {
                tally.Fp[index]++;
                tally.FalseHits.Add(new EvaluationIssue(path, type, describe(items[i])));
            }
        }
    }

    private static string Cut(string text) => text.Length <= QuoteShown ? text : string.Concat(text.AsSpan(0, QuoteShown), "…");

    private sealed class Tally
    {
        public int[] Tp { get; } = new int[3];

        public int[] Fp { get; } = new int[3];

        public int[] Fn { get; } = new int[3];

        public int AttributionMatched { get; set; }

        public int AttributionCorrect { get; set; }

        public List<EvaluationIssue> Misses { get; } = [];

        public List<EvaluationIssue> FalseHits { get; } = [];

        public List<EvaluationIssue> WrongSpeakers { get; } = [];

        public void Count(int index, bool matched, string path, string type, string description)
        {
            if (matched)
            {
                Tp[index]++;
                return;
            }

            Fn[index]++;
            Misses.Add(new EvaluationIssue(path, type, description));
        }
    }
}
