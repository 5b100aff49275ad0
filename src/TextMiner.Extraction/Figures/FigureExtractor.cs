using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Figures;

/// <summary>Staffing figures: each number (or range) is given the kind of the first rule whose context matches.</summary>
internal static partial class FigureExtractor
{
    private const int ContextChars = 160;

    /// <summary>Evidence is the sentence, cut to this much either side of the number when a sentence runs on.</summary>
    private const int EvidenceChars = 300;

    private const int OpenerChars = 40;

    [GeneratedRegex(@"^\s*(?:to|-|–|—|and|or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    [GeneratedRegex(@"\b(?:between|from)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeOpener();

    /// <summary>"reduce its workforce from 240 to 180": the staff in post now, then the planned establishment.</summary>
    [GeneratedRegex(@"\b(?:workforce|headcount|staffing|staff|establishment|officers)\s+from\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkforceChange();

    /// <summary>"caseloads of 50, 60 or even 70", "120%, 130% and 160%": a number listed after a figure is of its kind.</summary>
    [GeneratedRegex(@"^\s*(?:(?:cases|people|clients|officers|posts|vacancies|staff|children|victims|FTE)\b\s*(?:each|apiece|a\s+head|per\s+(?:officer|person|head|practitioner)\b)?\s*)?(?:(?:in|at|by|during|over|for)\s+[^,.;]{1,40}?\s*,\s*|(?:in|at|by|during|over|for)\s+[^,.;]{1,40}?\s+(?=(?:up|down)\s+from|compared|against|versus))?(?:,\s*)?(?:(?:and|while|with|but)\s+(?:of\s+|for\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:at|on|with)\s+)?(?:(?:well\s+|far\s+|just\s+)?(?:below|above|than|double|twice|half|three\s+times)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:rate|average|level|figure)\s+(?:of\s+)?)?)?(?:(?:and|or)\s+)?(?:(?:with|and|while|but)\s+(?:some|many|others|a\s+few|one|several)\s+(?:[\w-]+\s+){0,2}?(?:holding|carrying|having|managing|on|at|with|reaching|hitting)\s+)?(?:(?:against|compared\s+with|versus|vs\.?|(?:up|down)\s+from|from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:(?:level|target|figure|average|rate|limit|maximum)\s+(?:of\s+)?)?)?(?:followed\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*){0,4}\s+(?:at|on|with)\s+)?(?:(?:in\s+(?:one|some|a\s+few)\s+cases?|well|even|sometimes|occasionally|often|up\s+to|as\s+(?:high|many|much)\s+as|more\s+than|over|nearly|almost|in\s+some\s+cases|in\s+places)\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuation();

    [GeneratedRegex(@"^\s*of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfAfter();

    /// <param name="question">The paragraph before, when it asks a question ("How big is your caseload?").</param>
    /// <param name="lastKind">The kind of the last figure read, carried from paragraph to paragraph ("… the rate hit 9.6%").</param>
    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, List<Figure> figures, string? question, ref (string Kind, bool IsPercent)? lastKind)
    {
        var text = paragraph.Text;
        var mentions = NumberScanner.Scan(text);
        (string Kind, NumberMention Last)? listed = null;
        var askedKind = question is null ? null : FigureTable.KindOf(question);
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
                // Dates and years inside a list ("6.8% in the year to 30 September 2025, up from 6.1%") do not break it.
                continue;
            }

            var sentence = SentenceSplitter.Containing(sentences, first.Start);
            var start = Math.Min(sentence.Start, first.Start);
            var left = TextWindow.Tail(text, start, first.Start, ContextChars);
            var right = TextWindow.Head(text, last.End, Math.Max(last.End, sentence.End), ContextChars);
            var evidence = text[Math.Max(start, first.Start - EvidenceChars)..Math.Min(Math.Max(sentence.End, last.End), last.End + EvidenceChars)];
            var subject = FigureSubject.Find(evidence);
            if (isRange && !first.IsPercent && WorkforceChange().IsMatch(left))
            {
                figures.Add(new Figure(FigureKinds.StaffInPost, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
                figures.Add(new Figure(FigureKinds.StaffRequired, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
                continue;
            }

            var kind = Classify(first, left, right) ?? ListedKind(text, listed, first)
                ?? (ListRunEnd(text, mentions, i) is { } runEnd ? Classify(first, left, TextWindow.Head(text, runEnd, Math.Max(runEnd, sentence.End), ContextChars)) : null)
                ?? LabelledKind(left, first) ?? ReferredKind(left, first, lastKind)
                ?? (askedKind is not null && first.Start < sentences[0].End && FitsForm(askedKind, first) ? askedKind : null);
            if (kind is null)
            {
                // "70, 80 and in one case 96": a small number word inside the list does not end it.
                if (!(first.IsWords && first.Value <= 3))
                {
                    listed = null;
                }

                continue;
            }

            listed = (kind, last);
            lastKind = (kind, first.IsPercent || first.IsShare);

            figures.Add(new Figure(kind, first.Value, subject, evidence, paragraph.Index, first.Start, first.End));
            if (isRange)
            {
                figures.Add(new Figure(kind, last.Value, subject, evidence, paragraph.Index, last.Start, last.End));
            }
        }
    }

    /// <summary>"- Staff in post (all grades): 21,380 FTE": a label before a colon names the kind.</summary>
    private static string? LabelledKind(string left, NumberMention mention)
    {
        var label = LabelBefore().Match(left);
        return label.Success && FigureTable.KindOf(label.Groups["label"].Value) is { } kind && FitsForm(kind, mention) ? kind : null;
    }

    /// <summary>"In Greater Manchester the rate hit 9.6%", "of whom 14,500": the figure just given, again.</summary>
    private static string? ReferredKind(string left, NumberMention mention, (string Kind, bool IsPercent)? lastKind) =>
        lastKind is { } previous && previous.IsPercent == (mention.IsPercent || mention.IsShare) && Referring().IsMatch(left) ? previous.Kind : null;

    private static bool FitsForm(string kind, NumberMention mention) =>
        (kind is FigureKinds.VacancyRate or FigureKinds.Workload or FigureKinds.SicknessAbsence) == (mention.IsPercent || mention.IsShare);

    [GeneratedRegex(@"(?:^|[-•*;]\s*|\n)\s*(?<label>[A-Za-z][^:.;!?]{2,60}):\s*(?:about\s+|around\s+|some\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"(?:\bthe\s+(?:rate|figure|average|proportion|level|number|total)\b[^.;!?]{0,30}?|\bof\s+(?:whom|which|them)\s+(?:some\s+|about\s+|around\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Referring();

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

    [GeneratedRegex(@"^\s*(?:staff|officers|posts|people|cases|FTE)\s+to\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NounRangeJoin();

    /// <summary>"between 30 and 35", "from 410 staff to 290": the words just before the first number open a range.</summary>
    private static bool OpensRange(string text, NumberMention first) =>
        RangeOpener().IsMatch(text.AsSpan(Math.Max(0, first.Start - OpenerChars), Math.Min(OpenerChars, first.Start)));

    private static bool IsRange(string text, NumberMention a, NumberMention b)
    {
        if (a.IsShare || b.IsShare || b.Start - a.End > 16)
        {
            return false;
        }

        var join = text.AsSpan(a.End, b.Start - a.End);
        if (NounRangeJoin().IsMatch(join) && OpensRange(text, a))
        {
            return true;
        }

        if (!RangeJoin().IsMatch(join))
        {
            return false;
        }

        var joinWord = join.Trim();
        return !(joinWord.Equals("and", StringComparison.OrdinalIgnoreCase) || joinWord.Equals("or", StringComparison.OrdinalIgnoreCase))
            || OpensRange(text, a);
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
