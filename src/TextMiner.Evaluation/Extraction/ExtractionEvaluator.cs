using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Evaluation.Extraction;

/// <summary>
/// Scores extracted findings against gold documents: ratings match on value + aspect class, figures on kind + value,
/// quotes on text overlap ≥ <see cref="Matching.QuoteOverlapThreshold"/>; each gold record matches at most one found
/// record and each found record at most one gold record, except that a found quote running over several paragraphs
/// also matches every gold quote whose text it contains (gold sets may record such a quote one entry per paragraph).
/// Attribution accuracy is the share of matched quotes whose speakers agree after normalisation. Each found record's
/// rule is credited with its hit or false hit.
/// </summary>
public static class ExtractionEvaluator
{
    private const double FigureTolerance = 0.051;
    private const int QuoteShown = 60;

    /// <summary>Scores <paramref name="documents"/>; the per-rule report lists every rule of <paramref name="rules"/> (default: the whole catalogue).</summary>
    public static ExtractionReport Evaluate(IReadOnlyList<(GoldDocument Gold, Findings Actual)> documents, IReadOnlyList<ExtractionRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new Tally(rules ?? RuleCatalogue.All);
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
            tally.RuleScores(),
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
            tally.Count(0, i >= 0 ? actual.Ratings[i].Rule : null, gold.Path, RecordTypes.Ratings, $"{expected.Value} ({expected.Aspect}) {expected.Subject}");
        }

        Unused(actual.Ratings, used, r => r.Rule, r => $"{r.Value} ({r.Aspect}) {r.Subject} — {Cut(r.Excerpt)}", gold.Path, RecordTypes.Ratings, 0, tally);
    }

    private static void ScoreFigures(GoldDocument gold, Findings actual, Tally tally)
    {
        var used = new bool[actual.Figures.Count];
        foreach (var expected in gold.Figures)
        {
            var i = FindUnused(actual.Figures, used, f =>
                string.Equals(f.Kind, expected.Kind, StringComparison.Ordinal) && Math.Abs(f.Value - expected.Value) < FigureTolerance);
            tally.Count(1, i >= 0 ? actual.Figures[i].Rule : null, gold.Path, RecordTypes.Figures, $"{expected.Kind} {expected.Value.ToString(CultureInfo.InvariantCulture)} {expected.Subject}");
        }

        Unused(actual.Figures, used, f => f.Rule, f => $"{f.Kind} {f.Value.ToString(CultureInfo.InvariantCulture)} — {Cut(f.Excerpt)}", gold.Path, RecordTypes.Figures, 1, tally);
    }

    private static void ScoreQuotes(GoldDocument gold, Findings actual, Tally tally)
    {
        var used = new bool[actual.Quotes.Count];
        foreach (var expected in gold.Quotes)
        {
            var best = BestOverlap(expected, actual.Quotes, used);
            if (best < 0)
            {
                best = Spanning(expected, actual.Quotes);
            }

            var found = best >= 0 ? actual.Quotes[best] : null;
            tally.Count(2, found?.Rule, gold.Path, RecordTypes.Quotes, $"[{expected.Speaker}] {Cut(expected.Text)}");
            if (found is null)
            {
                continue;
            }

            used[best] = true;
            tally.AttributionMatched++;
            if (Matching.SameSpeaker(expected.Speaker, found.Speaker))
            {
                tally.AttributionCorrect++;
            }
            else
            {
                tally.WrongSpeaker(found.Rule, new EvaluationIssue(gold.Path, RecordTypes.Quotes,
                    $"expected [{expected.Speaker}] found [{found.Speaker}] {Cut(expected.Text)}"));
            }
        }

        Unused(actual.Quotes, used, q => q.Rule, q => $"[{q.Speaker}] {Cut(q.Text)}", gold.Path, RecordTypes.Quotes, 2, tally);
    }

    /// <summary>The unused found quote with the greatest overlap at or above the threshold, or -1.</summary>
    private static int BestOverlap(GoldQuote expected, IReadOnlyList<Quote> quotes, bool[] used)
    {
        var best = -1;
        var bestOverlap = Matching.QuoteOverlapThreshold;
        for (var i = 0; i < quotes.Count; i++)
        {
            var overlap = used[i] ? 0 : Matching.TextOverlap(expected.Text, quotes[i].Text);
            if (overlap >= bestOverlap)
            {
                best = i;
                bestOverlap = overlap;
            }
        }

        return best;
    }

    /// <summary>A found quote running over several paragraphs that contains the gold entry's words (used or not), or -1.</summary>
    private static int Spanning(GoldQuote expected, IReadOnlyList<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].SpansParagraphs && Matching.ContainsText(quotes[i].Text, expected.Text))
            {
                return i;
            }
        }

        return -1;
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

    private static void Unused<T>(IReadOnlyList<T> items, bool[] used, Func<T, string> rule, Func<T, string> describe, string path, string type, int index, Tally tally)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!used[i])
            {
                tally.FalseHit(index, rule(items[i]), new EvaluationIssue(path, type, describe(items[i])));
            }
        }
    }

    private static string Cut(string text) => text.Length <= QuoteShown ? text : string.Concat(text.AsSpan(0, QuoteShown), "…");

    private sealed class Tally(IReadOnlyList<ExtractionRule> rules)
    {
        private static readonly string[] TypeByIndex = [RecordTypes.Ratings, RecordTypes.Figures, RecordTypes.Quotes];

        private readonly Dictionary<(string Rule, string Type), int[]> _byRule = [];

        public int[] Tp { get; } = new int[3];

        public int[] Fp { get; } = new int[3];

        public int[] Fn { get; } = new int[3];

        public int AttributionMatched { get; set; }

        public int AttributionCorrect { get; set; }

        public List<EvaluationIssue> Misses { get; } = [];

        public List<EvaluationIssue> FalseHits { get; } = [];

        public List<EvaluationIssue> WrongSpeakers { get; } = [];

        /// <summary>A gold record found (by a record of <paramref name="rule"/>) or, when the rule is null, missed.</summary>
        public void Count(int index, string? rule, string path, string type, string description)
        {
            if (rule is not null)
            {
                Tp[index]++;
                ByRule(rule, index)[0]++;
                return;
            }

            Fn[index]++;
            Misses.Add(new EvaluationIssue(path, type, description));
        }

        public void FalseHit(int index, string rule, EvaluationIssue issue)
        {
            Fp[index]++;
            ByRule(rule, index)[1]++;
            FalseHits.Add(issue);
        }

        public void WrongSpeaker(string rule, EvaluationIssue issue)
        {
            ByRule(rule, 2)[2]++;
            WrongSpeakers.Add(issue);
        }

        /// <summary>Every rule of the catalogue in its order (fired or not), then any other rule id records carried.</summary>
        public IReadOnlyList<RuleScore> RuleScores()
        {
            var scores = new List<RuleScore>();
            foreach (var rule in rules)
            {
                var counts = _byRule.GetValueOrDefault((rule.Id, rule.RecordType)) ?? new int[3];
                scores.Add(new RuleScore(rule.Id, rule.RecordType, counts[0], counts[1], counts[2]));
            }

            var known = rules.Select(r => (r.Id, r.RecordType)).ToHashSet();
            foreach (var ((rule, type), counts) in _byRule.Where(e => !known.Contains(e.Key)).OrderBy(e => e.Key.Type, StringComparer.Ordinal).ThenBy(e => e.Key.Rule, StringComparer.Ordinal))
            {
                scores.Add(new RuleScore(rule, type, counts[0], counts[1], counts[2]));
            }

            return scores;
        }

        private int[] ByRule(string rule, int index)
        {
            var key = (rule, TypeByIndex[index]);
            if (!_byRule.TryGetValue(key, out var counts))
            {
                counts = new int[3];
                _byRule[key] = counts;
            }

            return counts;
        }
    }
}
