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

    /// <summary>"caseloads of 50, 60 or even 70", "120%, 130% and 160%": a number listed after a figure is of its kind.</summary>
    [GeneratedRegex(@"^\s*(?:(?:cases|people|clients|officers|posts|vacancies|staff)\b\s*)?(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:with|and|while|but)\s+(?:some|many|others|a\s+few|one|several)\s+(?:[\w-]+\s+){0,2}?(?:holding|carrying|having|managing|on|at|with|reaching|hitting)\s+)?(?:(?:against|compared\s+with|versus|vs\.?|(?:up|down)\s+from|from)\s+(?:the\s+|a\s+)?)?(?:followed\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*){0,4}\s+(?:at|on|with)\s+)?(?:(?:even|sometimes|occasionally|often|up\s+to|as\s+(?:high|many|much)\s+as|more\s+than|over|nearly|almost|in\s+some\s+cases|in\s+places)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuation();

    [GeneratedRegex(@"^\s*of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfAfter();

    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, List<Figure> figures)
    {
        var text = paragraph.Text;
        var mentions = NumberScanner.Scan(text);
        (string Kind, NumberMention Last)? listed = null;
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
                listed = null;
                continue;
            }

            var sentence = SentenceSplitter.Containing(sentences, first.Start);
            var start = Math.Min(sentence.Start, first.Start);
            var left = TextWindow.Tail(text[start..first.Start], ContextChars);
            var right = TextWindow.Head(text[last.End..Math.Max(last.End, sentence.End)], ContextChars);
            var evidence = text[start..Math.Max(sentence.End, last.End)];
            var subject = FigureSubject.Find(evidence);
            if (isRange && !first.IsPercent && WorkforceChange().IsMatch(left))
            {
                figures.Add(new Figure(FigureKinds.StaffInPost, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
                figures.Add(new Figure(FigureKinds.StaffRequired, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
                continue;
            }

            var kind = Classify(first, left, right) ?? ListedKind(text, listed, first)
                ?? (ListRunEnd(text, mentions, i) is { } runEnd ? Classify(first, left, TextWindow.Head(text[runEnd..Math.Max(runEnd, sentence.End)], ContextChars)) : null);
            if (kind is null)
            {
                listed = null;
                continue;
            }

            listed = (kind, last);

            figures.Add(new Figure(kind, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
            if (isRange)
            {
                figures.Add(new Figure(kind, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
            }
        }
    }

    /// <summary>"holding 70, 80 cases": the noun after the last number of a list speaks for the first.</summary>
    private static int? ListRunEnd(string text, IReadOnlyList<NumberMention> mentions, int index)
    {
        int? end = null;
        for (var j = index + 1; j < mentions.Count && j <= index + 3; j++)
        {
            var previous = mentions[j - 1];
            if (mentions[j].IsPercent != previous.IsPercent || mentions[j].IsShare
                || !ListJoin().IsMatch(text.AsSpan(previous.End, mentions[j].Start - previous.End)))
            {
                break;
            }

            end = mentions[j].End;
        }

        return end;
    }

    [GeneratedRegex(@"^\s*(?:,|,?\s*or|,?\s*and)\s*(?:even\s+|maybe\s+|perhaps\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();

    private static string? ListedKind(string text, (string Kind, NumberMention Last)? listed, NumberMention mention)
    {
        if (listed is not { } previous || previous.Last.IsPercent != mention.IsPercent || previous.Last.IsShare || mention.IsShare
            || mention.Start < previous.Last.End)
        {
            return null;
        }

        return ListContinuation().IsMatch(text.AsSpan(previous.Last.End, mention.Start - previous.Last.End))
            && !OfAfter().IsMatch(text.AsSpan(mention.End)) ? previous.Kind : null;
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
