using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Figures;

/// <summary>Staffing figures: each number (or range) is given the kind of the first rule whose context matches.</summary>
internal static partial class FigureExtractor
{
    private const int ContextChars = 160;

    [GeneratedRegex(@"^\s*(?:to|-|–|—|and|or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"\b(?:between|from)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeOpener();

    /// <summary>"reduce its workforce from 240 to 180": the staff in post now, then the planned establishment.</summary>
    [GeneratedRegex(@"\b(?:workforce|headcount|staffing|staff|establishment|officers)\s+from\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkforceChange();

    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, List<Figure> figures)
    {
        var text = paragraph.Text;
        var mentions = NumberScanner.Scan(text);
        for (var i = 0; i < mentions.Count; i++)
        {
            var first = mentions[i];
            var last = first;
            var isRange = false;
            if (i + 1 < mentions.Count && IsRange(text, first, mentions[i + 1]))
            {
                last = mentions[++i];
                isRange = true;
                first = first with { IsPercent = first.IsPercent || last.IsPercent };
                last = last with { IsPercent = first.IsPercent };
            }

            if (NumberFilters.IsExcluded(text, first) || NumberFilters.IsExcluded(text, last))
            {
                continue;
            }

            var sentence = SentenceSplitter.Containing(sentences, first.Start);
            var start = Math.Min(sentence.Start, first.Start);
            var left = text[Math.Max(start, first.Start - ContextChars)..first.Start];
            var right = text[last.End..Math.Min(Math.Max(last.End, sentence.End), last.End + ContextChars)];
            var evidence = text[start..Math.Max(sentence.End, last.End)];
            var subject = FigureSubject.Find(evidence);
            if (isRange && !first.IsPercent && WorkforceChange().IsMatch(left))
            {
                figures.Add(new Figure(FigureKinds.StaffInPost, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
                figures.Add(new Figure(FigureKinds.StaffRequired, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
                continue;
            }

            var kind = Classify(first, left, right);
            if (kind is null)
            {
                continue;
            }

            figures.Add(new Figure(kind, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
            if (isRange)
            {
                figures.Add(new Figure(kind, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
            }
        }
    }

    private static bool IsRange(string text, NumberMention a, NumberMention b)
    {
        if (a.IsShare || b.IsShare || b.Start - a.End > 6)
        {
            return false;
        }

        var join = text.AsSpan(a.End, b.Start - a.End);
        if (!RangeJoin().IsMatch(join))
        {
            return false;
        }

        var joinWord = join.Trim();
        return !(joinWord.Equals("and", StringComparison.OrdinalIgnoreCase) || joinWord.Equals("or", StringComparison.OrdinalIgnoreCase))
            || RangeOpener().IsMatch(text.AsSpan(0, a.Start));
    }

    private static string? Classify(NumberMention mention, string left, string right)
    {
        foreach (var rule in FigureRules.All)
        {
            var formOk = rule.Form switch
            {
                NumberForm.Count => !mention.IsPercent && !mention.IsShare,
                NumberForm.Percent => mention.IsPercent && !mention.IsShare,
                _ => mention.IsPercent || mention.IsShare,
            };
            if (!formOk || mention.Value < rule.MinValue || mention.Value > rule.MaxValue)
            {
                continue;
            }

            if ((rule.Left is null || rule.Left.IsMatch(left)) && (rule.Right is null || rule.Right.IsMatch(right)))
            {
                return rule.Kind;
            }
        }

        return null;
    }
}
