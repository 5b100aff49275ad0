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

    /// <summary>
    /// "caseloads of 50, 60 or even 70", "120%, 130% and 160%", "3,480 FTE band 4 probation officers in post and 5,115 …",
    /// "4,410 qualified probation officers, compared with 3,990": a number listed after a figure is of its kind.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:cases|people|clients|officers|posts|vacancies|staff|children|victims|FTE)\b\s*(?:each|apiece|a\s+head|per\s+(?:officer|person|head|practitioner)\b)?\s*|(?:FTE\s+)?(?:(?:band|grade|pay\s+(?:band|grade))\s+\d\s+|(?!(?:were|are|was|is)\b)[\w-]+\s+){0,3}?(?:officers|staff|PSOs|POs|practitioners|employees)(?:\s+in\s+post)?\b\s*)?(?:(?:in|at|by|during|over|for)\s+[^,.;]{1,40}?\s*,\s*|(?:in|at|by|during|over|for)\s+[^,.;]{1,40}?\s+(?=(?:up|down)\s+from|compared|against|versus))?(?:,\s*)?(?:(?:and|while|with|but)\s+(?:of\s+|for\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:at|on|with)\s+)?(?:(?:well\s+|far\s+|just\s+|almost\s+|nearly\s+|more\s+than\s+)?(?:below|above|than|double|twice|half|three\s+times)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:rate|average|level|figure)\s+(?:of\s+)?)?)?(?:(?:and|or)\s+)?(?:(?:with|and|while|but)\s+(?:some|many|others|a\s+few|one|several)\s+(?:[\w-]+\s+){0,2}?(?:holding|carrying|having|managing|on|at|with|reaching|hitting)\s+)?(?:(?:against|compared\s+with|versus|vs\.?|(?:up|down)\s+from|from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:(?:level|target|figure|average|rate|limit|maximum)\s+(?:of\s+)?)?)?(?:followed\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*){0,4}\s+(?:at|on|with)\s+)?(?:(?:in\s+(?:one|some|a\s+few)\s+cases?|well|even|sometimes|occasionally|often|up\s+to|as\s+(?:high|many|much)\s+as|more\s+than|over|nearly|almost|in\s+some\s+cases|in\s+places|a\s+further|another|an\s+(?:extra|additional))\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuation();

    /// <summary>"… and 3,905 FTE were in prisons": a count of prison staff does not continue a list of probation figures.</summary>
    [GeneratedRegex(@"^\s*(?:(?:FTE\s+)?(?:were|are)\s+)?(?:[\w’'()-]+\s+){0,6}?(?:prisons?|operational\s+support|youth\s+custody|HQ|headquarters)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrisonAfter();

    [GeneratedRegex(@"^\s*of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"(?:\b(?:risen|rose|rising|fallen|fell|falling|increased|decreased|dropped|grown|grew|cut|reduced|declined|gone\s+(?:up|down))\s+by|\b(?:rise|fall|increase|decrease|drop|cut|reduction|decline|growth)\s+of)\s+(?:(?:some|about|around|almost|nearly|more\s+than|over|just\s+(?:over|under)|a\s+further|another)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PercentChange();

    /// <summary>"34 staff, nine fewer than it should have": a difference from the figure before is not more of its kind.</summary>
    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:fewer|more|less|short|below|above|under)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedAfter();

    /// <param name="question">The paragraph before, when it asks a question ("How big is your caseload?").</param>
    /// <param name="lastKind">The kind of the last figure read, carried from paragraph to paragraph ("… the rate hit 9.6%").</param>
    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, List<Figure> figures, string? question, ref (string Kind, bool IsPercent)? lastKind)
    {
        var text = paragraph.Text;
        var mentions = NumberScanner.Scan(text);
        if (mentions.Count == 0)
        {
            return;
        }

        var triggers = FigureRules.Triggers.Find(text);
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
            var found = new Found(text, paragraph.Index, start, sentence, first, last);
            if (isRange && !first.IsPercent && WorkforceChange().IsMatch(left))
            {
                figures.Add(found.Figure(FigureKinds.StaffInPost, first, FigureRules.WorkforceChange.Id, FigureRules.WorkforceChange.Confidence));
                figures.Add(found.Figure(FigureKinds.StaffRequired, last, FigureRules.WorkforceChange.Id, FigureRules.WorkforceChange.Confidence));
                continue;
            }

            var (kind, rule, confidence) = Decide(text, mentions, i, first, left, right, sentence, sentences, triggers, listed, lastKind, askedKind, sentences[0].End, figures, paragraph.Index);
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

            figures.Add(found.Figure(kind, first, rule, confidence));
            if (isRange)
            {
                figures.Add(found.Figure(kind, last, rule, confidence));
            }
        }
    }

    /// <summary>The kind of a number, the id of the rule that decided it and how sure that is.</summary>
    private static (string? Kind, string Rule, double Confidence) Decide(
        string text, IReadOnlyList<NumberMention> mentions, int index, NumberMention first, string left, string right, TextSpan sentence, IReadOnlyList<TextSpan> sentences,
        List<(int Position, int Stem)> triggers, (string Kind, NumberMention Last)? listed, (string Kind, bool IsPercent)? lastKind,
        string? askedKind, int firstSentenceEnd, List<Figure> figures, int paragraph)
    {
        // The trigger window covers the left context and every right context tried below, and is bounded on a run-on sentence.
        if (first.IsPercent && PercentChange().IsMatch(left))
        {
            // "pay, which has fallen by 19%", "a rise of 4.1%": a change is not a rate.
            return (null, "", 0);
        }

        var window = (Start: first.Start - left.Length, End: Math.Min(Math.Max(sentence.End, first.End), first.End + (2 * ContextChars)));
        if (Classify(first, left, right, triggers, window) is { } rule)
        {
            return (rule.Kind, rule.Id, rule.Confidence);
        }

        if (ListedKind(text, listed, first) is { } listedKind)
        {
            return (listedKind, FigureRules.ListContinuation.Id, FigureRules.ListContinuation.Confidence);
        }

        if (ListRunEnd(text, mentions, index) is { } runEnd)
        {
            var runRight = TextWindow.Head(text, runEnd, Math.Max(runEnd, sentence.End), ContextChars);
            if (Classify(first, left, runRight, triggers, window) is { } runRule)
            {
                return (runRule.Kind, runRule.Id, runRule.Confidence * 0.95);
            }
        }

        if (ShortfallShare(text, first, sentence, figures, paragraph))
        {
            return (FigureKinds.VacancyRate, FigureRules.ShortfallShare.Id, FigureRules.ShortfallShare.Confidence);
        }

        if (CountAfterShare(text, first, sentence, figures, paragraph))
        {
            return (FigureKinds.Vacancies, FigureRules.CountAfterShare.Id, FigureRules.CountAfterShare.Confidence);
        }

        if (LabelledKind(left, right, first) is { } labelled)
        {
            return (labelled, FigureRules.Labelled.Id, FigureRules.Labelled.Confidence);
        }

        var previous = PreviousSentence(text, sentences, sentence);
        if (Attachment.Decide(first, left, right, previous) is { } attached)
        {
            return (attached.Kind, attached.Rule.Id, attached.Confidence);
        }

        if (ReferredKind(left, first, lastKind) is { } referred)
        {
            return (referred, FigureRules.RefersBack.Id, FigureRules.RefersBack.Confidence);
        }

        if (TopicKind(left, first, previous) is { } topic)
        {
            return (topic, FigureRules.RefersBack.Id, FigureRules.RefersBack.Confidence * 0.9);
        }

        return askedKind is not null && first.Start < firstSentenceEnd && FitsForm(askedKind, first)
            ? (askedKind, FigureRules.AnswersQuestion.Id, FigureRules.AnswersQuestion.Confidence)
            : (null, "", 0);
    }

    /// <summary>"a deficit of 338 officers, amounting to almost 38% of the workforce it needs": a shortfall given as a count, then as a share.</summary>
    private static bool ShortfallShare(string text, NumberMention mention, TextSpan sentence, List<Figure> figures, int paragraph)
    {
        if (!mention.IsPercent || figures.Count == 0)
        {
            return false;
        }

        var previous = figures[^1];
        return previous.Evidence.Paragraph == paragraph && previous.Kind == FigureKinds.Vacancies && previous.Evidence.End >= sentence.Start && previous.Evidence.End <= mention.Start
            && mention.Start - previous.Evidence.End <= ContextChars
            && Hedges.Match(ShortfallShareJoin(), text.AsSpan(previous.Evidence.End, mention.Start - previous.Evidence.End));
    }

    /// <summary>"24% of officer posts are unfilled – some 96 posts": a vacancy rate, then the same shortfall as a count of posts.</summary>
    private static bool CountAfterShare(string text, NumberMention mention, TextSpan sentence, List<Figure> figures, int paragraph)
    {
        if (mention.IsPercent || mention.IsShare || figures.Count == 0)
        {
            return false;
        }

        var previous = figures[^1];
        return previous.Evidence.Paragraph == paragraph && previous.Kind == FigureKinds.VacancyRate && previous.Evidence.Start >= sentence.Start && previous.Evidence.End <= mention.Start
            && mention.Start - previous.Evidence.End <= ContextChars
            && Hedges.Match(CountAfterShareJoin(), text.AsSpan(previous.Evidence.End, mention.Start - previous.Evidence.End))
            && PostsAfter().IsMatch(text.AsSpan(mention.End, Math.Min(ContextChars, text.Length - mention.End)));
    }

    [GeneratedRegex(@"^[^.;]{0,90}?(?:[–—(]|\s-|,|\b(?:which|that)\s+(?:means|is|was|equates\s+to|amounts\s+to|represents)|\b(?:equivalent|equating|amounting)\s+to|\brepresenting|\bmeaning|\bor)\s*" + FigurePatterns.BeforeHedges, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CountAfterShareJoin();

    [GeneratedRegex(@"^\s*(?:FTE\s+|full[- ]time\s+equivalent\s+)?(?:(?!(?:of|in|at|with|were|are|was|is)\b)[\w-]+\s+){0,3}?(?:posts|positions|roles|jobs|vacancies|officers|staff|practitioners)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostsAfter();

    [GeneratedRegex(@"^[^.;]{0,60}?\b(?:amount(?:s|ing)?\s+to|equivalent\s+to|equat(?:es|ing)\s+to|represent(?:s|ing|ed)?|or|(?:which|that)\s+(?:is|was|makes|means)|i\.e\.?|meaning)\s+" + FigurePatterns.BeforeHedges + @"|^[^.;()]{0,50}?\(\s*" + FigurePatterns.BeforeHedges, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ShortfallShareJoin();

    /// <summary>Where a figure's evidence and subject come from: its sentence, cut around the number when it runs on.</summary>
    private readonly record struct Found(string Text, int Paragraph, int Start, TextSpan Sentence, NumberMention First, NumberMention Last)
    {
        public Figure Figure(string kind, NumberMention number, string rule, double confidence)
        {
            var evidence = Text[Math.Max(Start, First.Start - EvidenceChars)..Math.Min(Math.Max(Sentence.End, Last.End), Last.End + EvidenceChars)];
            return new Figure(kind, number.Value, FigureSubject.Find(evidence), evidence, new Evidence(Paragraph, number.Start, number.End))
            {
                Rule = rule,
                Confidence = confidence,
            };
        }
    }

    /// <summary>"- Staff in post (all grades): 21,380 FTE": a label before a colon names the kind.</summary>
    private static string? LabelledKind(string left, string right, NumberMention mention)
    {
        var label = LabelBefore().Match(left);
        if (!label.Success)
        {
            // "Staff in post (FTE): probation officers 4,410; probation services officers 6,513": items of a labelled list.
            label = LabelledListBefore().Match(left);
        }

        if (!label.Success && (right.Length == 0 || BareLabelEnd().IsMatch(right)))
        {
            // "Workforce numbers 212": a heading-like label and its number alone on a line.
            label = BareLabel().Match(left);
        }

        return label.Success && (FigureTable.KindOf(label.Groups["label"].Value) ?? TableCaption.KindOf(label.Groups["label"].Value)) is { } kind && FitsForm(kind, mention) ? kind : null;
    }

    /// <summary>"In Greater Manchester the rate hit 9.6%", "of whom 14,500": the figure just given, again.</summary>
    private static string? ReferredKind(string left, NumberMention mention, (string Kind, bool IsPercent)? lastKind) =>
        lastKind is { } previous && previous.IsPercent == (mention.IsPercent || mention.IsShare) && Referring().IsMatch(left) ? previous.Kind : null;

    /// <summary>"We asked about sickness absence. The rate in the division was 11.2%": the kind the sentence before names.</summary>
    private static string? TopicKind(string left, NumberMention mention, string previous) =>
        previous.Length > 0 && Referring().IsMatch(left) && FigureTable.KindOf(previous) is { } kind && FitsForm(kind, mention)
        && kind is not (FigureKinds.StaffInPost or FigureKinds.StaffRequired) ? kind : null;

    /// <summary>The sentence before <paramref name="sentence"/> in its paragraph, its last <see cref="ContextChars"/> characters at most.</summary>
    private static string PreviousSentence(string text, IReadOnlyList<TextSpan> sentences, TextSpan sentence)
    {
        var (low, high) = (0, sentences.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].Start < sentence.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low > 0 && low < sentences.Count && sentences[low].Start == sentence.Start
            ? TextWindow.Tail(text, sentences[low - 1].Start, sentences[low - 1].End, ContextChars)
            : "";
    }

    private static bool FitsForm(string kind, NumberMention mention) =>
        (kind is FigureKinds.VacancyRate or FigureKinds.Workload or FigureKinds.SicknessAbsence) == (mention.IsPercent || mention.IsShare);

    [GeneratedRegex(@"(?:^|[-•*;]\s*|\n)\s*(?<label>[A-Za-z][^:.;!?]{2,60}):\s*(?:about\s+|around\s+|some\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    /// <summary>"Label: item N; item N": the label is no clause ("There were 2,941 officers: a rise of 318") and the item no change.</summary>
    [GeneratedRegex(@"(?:^|[-•*]\s*|\n)\s*(?<label>(?![^:\n]*\b(?:were|was|are|is|had|has|have|there)\b)[A-Za-z][^:.;!?]{2,60}):\s*(?:[A-Za-z][A-Za-z ()-]{1,40}?\s+\d[\d,.]*%?\s*[;,]\s*(?:and\s+)?){0,6}(?![^\n]*\b(?:of|by|to|from|an?|rise|fall|increase|decrease|up|down|than)\b)[A-Za-z][A-Za-z ()-]{1,40}?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledListBefore();

    /// <summary>A short heading-like label before a number at a line's start: words only, none a verb or a preposition of a sentence.</summary>
    [GeneratedRegex(@"(?:^|[-•*]\s*|\n)\s*(?<label>(?![^\n]*\b(?:to|was|were|is|are|has|had|have|by|from|with|at|than|of\s+the)\b)[A-Z][A-Za-z()-]+(?:\s+[A-Za-z()-]+){0,4}?)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();

    /// <summary>What may follow the number of a bare label: a unit, a date in brackets, the end of the line.</summary>
    [GeneratedRegex(@"^\s*(?:FTE|WTE|headcount)?\s*(?:\([^()\n]{1,30}\))?\s*(?:\n|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareLabelEnd();

    [GeneratedRegex(@"(?:\bthe\s+(?:rate|figure|average|proportion|level|number|total)\b[^.;!?]{0,30}?|\bof\s+(?:whom|which|them)\s+(?:some\s+|about\s+|around\s+)?|^\s*(?:it|this|that)\s+(?:now\s+|currently\s+)?(?:stands|stood|is|was|reached|hit|has\s+(?:risen|fallen|reached|hit)|rose|fell)\s+(?:at\s+|to\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|some\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
            || mention.Start < previous.Last.End || (mention.IsWords && mention.Value <= 1))
        {
            return null;
        }

        var between = text.AsSpan(previous.Last.End, mention.Start - previous.Last.End);
        return (ListContinuation().IsMatch(between) || DatedContinuation().IsMatch(between) || ExtremesContinuation().IsMatch(between))
            && !OfAfter().IsMatch(text.AsSpan(mention.End))
            && !ComparedAfter().IsMatch(text.AsSpan(mention.End, Math.Min(ContextChars, text.Length - mention.End)))
            && !PrisonAfter().IsMatch(text.AsSpan(mention.End, Math.Min(ContextChars, text.Length - mention.End))) ? previous.Kind : null;
    }

    /// <summary>"highest in London (22%) and lowest in Wales (14%)": the same figure at the other end of its range.</summary>
    [GeneratedRegex(@"^\s*\)?\s*,?\s*(?:and|while|but|with|to)\s+(?:the\s+)?(?:[a-z]+est|most|least)\s+(?:[\w-]+\s+){0,2}?(?:in|at|for|among|across)\s+[^,.;()]{1,40}?\s*(?:\(|,|:|–|—|-|\bat|\bwith|\bon)\s*(?:just\s+|only\s+|about\s+|around\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExtremesContinuation();

    /// <summary>"was 290 on 31 March 2023 and 305 on 31 March 2024": the same figure at another date.</summary>
    [GeneratedRegex(@"^\s*(?:in|on|at|by|for)\s+[^,.;]{0,30}?\b(?:19|20)\d\d(?:[/-]\d\d)?\s*,?\s*(?:and|while|but|with|against|compared\s+with)\s+(?:(?:just|only|almost|nearly|some|around|about)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedContinuation();

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

        if (a.IsPercent && !b.IsPercent)
        {
            // "increased by 7.2% to 6,140 FTE": a percentage change, then the count it came to.
            return false;
        }

        if (NumberFilters.IsExcluded(text, a))
        {
            // "from 3,600 in 2021 to 4,100": a year does not open a range.
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

    private static FigureRule? Classify(NumberMention mention, string left, string right, List<(int Position, int Stem)> triggers, (int Start, int End) window)
    {
        if (right.StartsWith('+'))
        {
            // "115+ cases": the plus belongs to the number.
            right = right[1..];
        }

        Span<ulong> seen = stackalloc ulong[(FigureRules.Triggers.Count + 63) / 64];
        TriggerWords.Mark(triggers, window.Start, window.End, seen);
        var rules = FigureRules.All;
        var groups = FigureRules.TriggerGroups;
        int[]? hedgeStarts = null;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            var formOk = rule.Form switch
            {
                NumberForm.Count => !mention.IsPercent && !mention.IsShare,
                NumberForm.Percent => mention.IsPercent && !mention.IsShare,
                _ => mention.IsPercent || mention.IsShare,
            };
            if (!formOk || !rule.Fits(mention.Value) || !TriggerWords.AllGroupsSeen(groups[r], seen))
            {
                continue;
            }

            var leftOk = rule.Left is null
                || (rule.LeftBeforeHedges ? Hedges.MatchesBefore(rule.Left, left, hedgeStarts ??= Hedges.Starts(left)) : rule.Left.IsMatch(left));
            if (leftOk && (rule.Right is null || rule.Right.IsMatch(right)))
            {
                return rule;
            }
        }

        return null;
    }
}
