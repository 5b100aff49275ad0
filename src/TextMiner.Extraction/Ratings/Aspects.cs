using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>What a rating is of: "overall", "summary" (plural summaries) or a named domain or standard.</summary>
internal static partial class Aspects
{
    public const string Overall = "overall";
    public const string Summary = "summary";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Pattern, string Domain)[] Domains =
    [
        (new Regex(@"\bout[- ]of[- ]court", Options), "out-of-court disposals"),
        (new Regex(@"\bcourt\s+disposals?", Options), "court disposals"),
        (new Regex(@"\borganisational\s+delivery", Options), "organisational delivery"),
        (new Regex(@"\bcourts?\b|pre-sentence|sentencing\s+advice", Options), "court work"),
        (new Regex(@"\bvictims?\b", Options), "victim work"),
        (new Regex(@"\bunpaid\s+work|community\s+payback", Options), "unpaid work"),
        (new Regex(@"\baccredited\s+programmes?|interventions?\b", Options), "accredited programmes"),
        (new Regex(@"\bresettlement|through[- ]the[- ]gate|pre-release", Options), "resettlement"),
        (new Regex(@"\bgovernance\s+and\s+leadership", Options), "governance and leadership"),
        (new Regex(@"\bleadership|leaders\b|governance", Options), "leadership"),
        (new Regex(@"\bpartnerships\s+and\s+services", Options), "partnerships and services"),
        (new Regex(@"\bpartnerships?|\bwork(?:ing)?\s+with\s+(?:its\s+|their\s+|local\s+)?partners\b|(?<!(?:probation|justice|offending|public|council|local)\s)\bservices\b", Options), "services"),
        (new Regex(@"\binformation\s+and\s+(?:facilities|services)|facilities\b|\binformation(?=\s*(?:$|[,.;]|\band\b))", Options), "information and facilities"),
        (new Regex(@"\bimplementation|(?<!probation\s)(?<!organisational\s)\bdelivery\b(?!\s+units?)", Options), "implementation and delivery"),
        (new Regex(@"\bassess(?:ment|ing)", Options), "assessment"),
        (new Regex(@"\bplanning\b", Options), "planning"),
        (new Regex(@"\breviewing\b|\breviews?\b", Options), "reviewing"),
        (new Regex(@"\bstaff(?:ing)?\b", Options), "staff"),
        (new Regex(@"\bpublic\s+protection|risk\s+of\s+harm|keep(?:ing)?\s+(?:people|others|the\s+public)\s+safe|protect(?:ing)?\s+the\s+public", Options), "public protection"),
        (new Regex(@"\bcase\s+supervision|case\s+management", Options), "case supervision"),
        (new Regex(@"\bkeep(?:ing)?\s+(?:children|young\s+people)\s+safe|safeguarding|safety\s+and\s+well-?being", Options), "safety and wellbeing"),
    ];

    [GeneratedRegex(@"\boverall\b(?!\s*,)", Options)]
    private static partial Regex OverallWord();

    [GeneratedRegex(@"\bone\s+of\s+(?:only\s+|just\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful\s+of|few|several)\b[^,;]{0,60}\bto\s+(?:be|have\s+been)\s+(?:rated|judged|graded|awarded|given)|\b(?:is|was|as|became|becomes|remains|remained)\s+(?:now\s+|still\s+|also\s+)?one\s+of\s+(?:only\s+|just\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful\s+of|few|several)\b[^,;]{0,60}\b(?:rated|judged|graded)(?:\s+as)?\s*[“""‘']?$", Options)]
    private static partial Regex OneOfGroup();

    [GeneratedRegex(@"^\s*overall\s*,", Options)]
    private static partial Regex OverallDiscourse();

    [GeneratedRegex(@"\b(?:every|each|all)\s+other\s+(?:[\w-]+\s+)?(?:area|standard|domain|aspect|element|strand)s?\b|\b(?:all|both|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|many|most|majority|none|half|remaining|other)\s+(?:of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:\w+\s+)?)?(?:[\w-]+\s+)?(?:standards|areas|services|domains|aspects|elements|ratings|grades|categories|judgements|divisions|CRCs|PDUs|YOTs|inspections|providers|regions|of\s+them)\b",
        Options)]
    private static partial Regex PluralBefore();

    private const string Count = @"(?:(?<![\d.,])\d{1,3}(?![\d.,]\d|\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|all|both|several|many|most|none|half|only\s+one|each)(?!\s+(?:years?|months?|weeks?|days?|times?|decades?)\b)";

    /// <summary>
    /// Bodies counted just before the grade: "four of the nine PDUs were rated", "two received", "rating three as", "the
    /// remaining areas as", ", two as", "and three". One pattern per form: as one alternation with the count five times
    /// over, the matcher was the costliest of extraction for the JIT to compile (docs/performance.md, "Seventh pass").
    /// </summary>
    private static bool CountedGroup(string before) =>
        CountedWereRated().IsMatch(before) || CountedReceived().IsMatch(before) || RatingCountAs().IsMatch(before)
        || RemainingAs().IsMatch(before) || ListedCountAs().IsMatch(before) || ListedCount().IsMatch(before);

    private const string GradeQuoteEnd = @"[“""‘']?$";

    [GeneratedRegex(@"\b" + Count + @"\b[^,;.]{0,40}?\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|now\s+)?(?:rated|judged|graded)\s+(?:as\s+|to\s+be\s+|to\s+)?" + GradeQuoteEnd, Options)]
    private static partial Regex CountedWereRated();

    [GeneratedRegex(@"\b" + Count + @"\b[^,;.]{0,40}?\b(?:received|were\s+given|was\s+given|were\s+awarded|was\s+awarded|got|earned|achieved)\b[^.;]{0,40}?" + GradeQuoteEnd, Options)]
    private static partial Regex CountedReceived();

    [GeneratedRegex(@"\brat(?:ed|ing)\s+" + Count + @"\b[^,;.]{0,40}?\bas\s+" + GradeQuoteEnd, Options)]
    private static partial Regex RatingCountAs();

    [GeneratedRegex(@"\b(?:the\s+)?(?:remaining|other|rest)\b(?:\s+(?:of\s+the\s+)?[\w-]+){0,3}?\s+(?:as\s+)?" + GradeQuoteEnd, Options)]
    private static partial Regex RemainingAs();

    [GeneratedRegex(@"(?:\b(?:and|but|while|with)|,)\s+" + Count + @"\s+(?:\w+\s+)?as\s+" + GradeQuoteEnd, Options)]
    private static partial Regex ListedCountAs();

    [GeneratedRegex(@"(?:\band|,)\s+" + Count + @"\s+" + GradeQuoteEnd, Options)]
    private static partial Regex ListedCount();

    private const string GroupQuantifier = @"(?:all\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?|both\s+|each\s+of\s+|most\s+of\s+|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+|the\s+other\s+|the\s+remaining\s+|other\s+)";

    private const string CountWord = @"(?:(?<![\d.,])\d{1,2}(?![\d.,])|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    /// <summary>
    /// A group after the grade: "in all five standards", "in every other area", "for the remaining areas", "in the
    /// other two", "for everything else", elliptic "Outstanding in two and …". "services" alone is a domain ("Good for partnerships and
    /// services"); only a quantified "all its services" is a group. Three patterns rather than one alternation, which
    /// was costly for the JIT to compile (docs/performance.md, "Seventh pass").
    /// </summary>
    private static bool PluralAfter(string after) =>
        GroupOfAreasAfter().IsMatch(after) || GroupOfBodiesAfter().IsMatch(after) || OtherAreasAfter().IsMatch(after);

    private const string GroupAfterGrade = @"^[”’'""]?\s*,?\s*(?:(?:rating|grade|judgement)s?\s+)?(?:in|for|across|on)\s+";

    [GeneratedRegex(GroupAfterGrade + "(?:" + GroupQuantifier + @"?(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:standards|areas|domains|aspects|elements|strands|inspections)\b)", Options)]
    private static partial Regex GroupOfAreasAfter();

    [GeneratedRegex(GroupAfterGrade + GroupQuantifier + @"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:services|PDUs|divisions|CRCs|YOTs|units|providers)\b", Options)]
    private static partial Regex GroupOfBodiesAfter();

    [GeneratedRegex(GroupAfterGrade + @"(?:(?:every|each|any)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:standard|area|domain|aspect|element|strand)\b|(?:everything|all|anything)\s+else\b|(?:the\s+)?(?:other|remaining|rest)(?:\s+" + CountWord + @")?(?:\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:work|areas|standards|domains|aspects|practice))?\s*(?:$|[,.;)–—]|\b(?:and|or|but|while)\b)|" + CountWord + @"(?:\s+others|\s+more)?\s*(?:$|[,.;)–—]|\b(?:and|or|but|while)\b))", Options)]
    private static partial Regex OtherAreasAfter();

    [GeneratedRegex(@"^[”’'""]?\s*(?:(?:rating|grade|judgement|verdict)s?\s+(?:for|in|on|to)|for|in|on)\s+(?<what>[^,.;:()]{3,60})", Options)]
    private static partial Regex ForAfter();

    /// <summary>
    /// <paramref name="clause"/> is the sentence before the grade from its last clause break; <paramref name="after"/>
    /// the sentence after it.
    /// </summary>
    public static string Classify(string before, string clause, string after)
    {
        var afterNear = TextWindow.Head(after, 25);
        if (OverallAdjacent().IsMatch(TextWindow.Tail(before, 40)))
        {
            return Overall;
        }

        if (OneOfGroup().IsMatch(clause))
        {
            // "one of only three services to be rated Outstanding": the grade is this body's own.
            return Overall;
        }

        if (PluralBefore().IsMatch(clause) || CountedGroup(TextWindow.Tail(before, 80)))
        {
            // "four of the nine PDUs were rated Inadequate overall" counts bodies, overall or not.
            return Summary;
        }

        if (OverallWord().IsMatch(LastConjunct(clause)) || OverallDiscourse().IsMatch(before) || OverallWord().IsMatch(afterNear))
        {
            return Overall;
        }

        if (PluralAfter(after))
        {
            return Summary;
        }

        var forWhat = ForAfter().Match(after);
        var wasWhat = WasAfter().Match(after);
        return (forWhat.Success ? Domain(forWhat.Groups["what"].Value) : null) ?? Domain(clause) ?? SubjectDomain(before, clause)
            ?? (wasWhat.Success ? Domain(wasWhat.Groups["what"].Value) : null) ?? OpenDomain.Find(after, clause) ?? Overall;
    }

    /// <summary>
    /// "The court team was a bright spot: it was judged to be Good", "only one, reviewing, was rated Requires
    /// improvement": a clause without its own subject takes the domain the previous clause opens with.
    /// </summary>
    private static string? SubjectDomain(string before, string clause)
    {
        var at = before.LastIndexOf(clause, StringComparison.Ordinal);
        if (!SubjectlessClause().IsMatch(clause) || at <= 0)
        {
            return null;
        }

        var previous = before[..at].TrimEnd(',', ';', ':', '–', '—', '(', ' ');
        var breaks = ClauseBreak().Matches(previous);
        var previousClause = breaks.Count == 0 ? previous : previous[(breaks[^1].Index + 1)..];
        if (RelativeClause().IsMatch(clause))
        {
            // "its unpaid work, which was rated Outstanding": the relative pronoun points at the words just before.
            return Domain(TextWindow.Tail(previousClause, 40));
        }

        var fromPrevious = Subordinate().IsMatch(previousClause) ? null : Domain(SubjectPhrase(previousClause));
        if (fromPrevious is null && breaks.Count > 0 && (previous[breaks[^1].Index] is '–' or '—' || RelativeClause().IsMatch(previousClause)))
        {
            // "The standard of resettlement work – plans to … – was rated", "Court work, which …, was rated": the aside is not the subject.
            var beforeAside = previous[..breaks[^1].Index];
            var asideBreaks = ClauseBreak().Matches(beforeAside);
            fromPrevious = Domain(SubjectPhrase(asideBreaks.Count == 0 ? beforeAside : beforeAside[(asideBreaks[^1].Index + 1)..]));
        }
        return fromPrevious ?? (ObjectPronoun().IsMatch(clause) ? Domain(SubjectPhrase(FirstClause(before))) : null);
    }

    /// <summary>"… overall and found that staffing was": only the last of clauses joined by "and" speaks for the grade.</summary>
    private static string LastConjunct(string clause)
    {
        var joints = Conjunction().Matches(clause);
        return joints.Count == 0 ? clause : clause[(joints[^1].Index + joints[^1].Length)..];
    }

    [GeneratedRegex(@"\b(?:and|but|while|whilst|whereas)\s+(?=(?:\w+\s+){0,3}?(?:found|judged|rated|said|concluded|was|were|is|are)\b)", Options)]
    private static partial Regex Conjunction();

    /// <summary>"assessment and planning were": the clause's subject is a domain and nothing else (no "Staff said …").</summary>
    public static string? SubjectDomainOf(string clause)
    {
        var subject = SubjectPhrase(clause);
        return SubjectVerb().IsMatch(subject) ? null : Domain(subject);
    }

    [GeneratedRegex(@"\b(?:said|says|told|found|thinks?|thought|believes?|felt|feels|rated|judged)\b", Options)]
    private static partial Regex SubjectVerb();

    /// <summary>The words of a clause up to its verb ("The unit’s work at Plymouth Magistrates’ Court" of "… was the one bright spot").</summary>
    private static string SubjectPhrase(string clause)
    {
        var verb = FiniteVerb().Match(clause);
        var subject = verb.Success ? clause[..verb.Index] : clause;
        return string.Join(' ', subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10));
    }

    private static string FirstClause(string sentence)
    {
        var firstBreak = ClauseBreak().Match(sentence);
        return firstBreak.Success ? sentence[..firstBreak.Index] : sentence;
    }

    [GeneratedRegex(@"\b(?:was|were|is|are|has|had|have|will|would|remains?|remained|became|becomes)\b", Options)]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"^\s*(?:(?:and|but)\s+)?(?:which|that)\b", Options)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"\b(?:rated|judged|graded|found|assessed|deemed|gave|given)\s+(?:it|them|this)\b", Options)]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"^[”’'""]?\s*(?:was|were)\s+(?<what>[^,.;:()]{3,60})", Options)]
    private static partial Regex WasAfter();

    [GeneratedRegex(@"^\s*(?:(?:and|but|so)\s+)?(?:(?:it|this|which|that|they|these|those)\s+)?(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+)?(?:also\s+|again\s+|now\s+)?(?:rated|judged|graded|found|assessed|deemed)\b|^\s*(?:(?:and|but|so)\s+)?(?:we|inspectors|they|the\s+inspectorate)\s+(?:also\s+)?(?:rated|judged|graded|found|assessed|deemed|gave)\s+(?:it|them|this)\b", Options)]
    private static partial Regex SubjectlessClause();

    [GeneratedRegex(@"^\s*(?:despite|although|though|while|whilst|with|without|in|after|because|as|but|since|for|on|at|by|when|if|unlike|like)\b", Options)]
    private static partial Regex Subordinate();

    /// <summary>Where a clause ends inside a sentence: comma, semicolon, colon, dash or bracket.</summary>
    [GeneratedRegex(@"[,;:–—(]", RegexOptions.CultureInvariant)]
    public static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[”’'""]?\s*(?:(?:rating|grade|judgement|verdict)s?\s+(?:for|in|on|to)|for|in|on)\s+(?<what>[^.;:()]{3,160})", Options)]
    private static partial Regex ForListAfter();

    /// <summary>The next grade: a capitalised one, or the grade phrase in any case ("… and requires improvement for …").</summary>
    [GeneratedRegex(@"[“""‘']?\b(?:Outstanding|Good|Requires\s+[Ii]mprovement|Inadequate|OUTSTANDING|GOOD|REQUIRES\s+IMPROVEMENT|INADEQUATE|requir(?:es|ing)\s+improvement)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextGrade();

    /// <summary>"for assessment and planning in out-of-court disposals had pulled …": the list ends at its clause's verb.</summary>
    [GeneratedRegex(@"\b(?:had|has|have|was|were|is|are|will|would|meant|led|pulled|saying|said)\b", Options)]
    private static partial Regex ListVerb();

    /// <summary>"an overall ‘Good’ rating", "an overall rating of": overall is said of this grade, whatever was counted before.</summary>
    [GeneratedRegex(@"\boverall\s+(?:(?:rating|grade|judgement)\s+(?:of\s+)?)?[:–—-]?\s*$", Options)]
    private static partial Regex OverallAdjacent();

    /// <summary>A clause without its own subject ("was rated separately as"): its domain, if any, was carried from before.</summary>
    public static bool IsCarried(string clause) => SubjectlessClause().IsMatch(clause);

    /// <summary>"'Requires improvement' for staffing, services, and information and facilities": the list up to the next grade.</summary>
    public static string? ForList(string after) => UpToNextGrade(ForListAfter().Match(after));

    /// <summary>The domain named first in <paramref name="text"/>: "planning for children sentenced by the courts" is planning.</summary>
    public static string? HeadDomain(string text)
    {
        string? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (pattern, domain) in Domains)
        {
            var match = pattern.Match(text);
            if (match.Success && match.Index < bestIndex)
            {
                best = domain;
                bestIndex = match.Index;
            }
        }

        return best;
    }

    /// <summary>What follows "for" after a grade ("Inadequate for staffing and for reviewing"), if anything.</summary>
    public static string? ForWhat(string after) => UpToNextGrade(ForAfter().Match(after));

    private static string? UpToNextGrade(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"].Value;
        var next = NextGrade().Match(what);
        what = next.Success ? what[..next.Index] : what;
        var verb = ListVerb().Match(what);
        return verb.Success ? what[..verb.Index] : what;
    }

    /// <summary>"… as Good overall": the grade is the overall one, whatever precedes it.</summary>
    public static bool IsOverallNear(string after) => OverallWord().IsMatch(TextWindow.Head(after, 25));

    public static string? Domain(string text)
    {
        foreach (var (pattern, domain) in Domains)
        {
            if (pattern.IsMatch(text))
            {
                return domain;
            }
        }

        return null;
    }
}
