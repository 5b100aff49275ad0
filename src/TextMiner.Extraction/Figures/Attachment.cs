using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;
using TextMiner.Extraction.Text;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// The general mechanism behind a count no pattern rule claimed: the number's noun phrase (modifiers such as "more
/// than", "newly qualified", "full-time equivalent" skipped) gives its head noun, or, when the noun is left out ("has
/// only 330", "where 20 are needed"), the nearest head noun before it in the sentence; the word that governs the number
/// (a verb or a noun like "shortfall of") and what the clause says of the noun after it ("were vacant", "are needed")
/// decide the kind from small lexicons per kind. A figure is only made when the head and the governing word agree.
/// </summary>
internal static partial class Attachment
{
    /// <summary>How far before the number a word like "pledged" or "will" still makes an added count a target.</summary>
    private const int TargetCueChars = 80;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>What the number counts, by its head noun.</summary>
    private enum Head
    {
        None,
        Staff,
        Posts,
        Vacancies,
        People,
        Cases,
    }

    /// <summary>What the governing word or the clause after the noun says about the count.</summary>
    private enum Role
    {
        None,
        Change,
        Recruit,
        Need,
        Short,
        Have,
        Supervise,
        Vacant,
        InPost,
        Level,

        /// <summary>"will go up by", "to rise by": an amount added, a target only when planned.</summary>
        Grow,
    }

    private const string StaffNouns =
        @"members\s+of\s+staff|(?:probation\s+)?officers|staff|practitioners|employees|workers|personnel|case\s*workers|case\s+managers"
        + @"|PSOs|POs|colleagues|trainees|recruits|(?:FTEs?|full[- ]time\s+equivalents?)(?!\s+" + NounMods + @"(?:officers|staff|practitioners|employees|workers|personnel|PSOs|POs|case\s+managers)\b)";

    /// <summary>Nouns of a shortfall: "the gap in staffing", "a shortage of officers".</summary>
    private const string GapNouns = @"(?:shortfalls?|shortages?|deficits?|gaps?)";

    private const string PeopleNouns =
        @"offenders|people|individuals|service\s+users|supervisees|probationers|adults|young\s+people|children|men|women|clients";

    /// <summary>The noun phrase after a number: hedges like "more", then up to six modifiers, then the head.</summary>
    [GeneratedRegex(@"^\+?\s*(?<more>(?:more|additional|extra|new|further)\s+)?(?<mods>" + NounMods + @")(?:(?<vac>vacancies|vacancy(?!\s+(?:rate|level|factor)))|(?<posts>posts|positions|roles|jobs)|(?<staff>" + StaffNouns + @")|(?<people>" + PeopleNouns + @")|(?<cases>cases))\b", Options)]
    private static partial Regex NounPhrase();

    /// <summary>Words among the modifiers that say the posts are empty ("vacant practitioner posts") or budgeted.</summary>
    [GeneratedRegex(@"\b(?<vacant>vacant|unfilled|empty|open)\b|\b(?<funded>funded|budgeted|established|approved|required|needed)\b|\b(?<trainee>trainees?|student|new|newly|prison|operational|temporary|agency)\b", Options)]
    private static partial Regex ModifierWords();

    /// <summary>"1,000 more trainee probation officers": an intake of trainees is not a staffing target.</summary>
    [GeneratedRegex(@"\b(?:trainees?|student|learners?|PQiP)\b", Options)]
    private static partial Regex Intake();

    /// <summary>The start of the clause after a noun: an aside in brackets, a place ("in the North East"), then the verb.</summary>
    private const string ClauseStart = @"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|across|at|within)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,3}\s+)?";

    /// <summary>What the clause says of the noun: "posts were vacant", "officers are needed", "staff in post", "officers are employed" (not "staff employed by", which only describes them).</summary>
    [GeneratedRegex(ClauseStart + @"(?:(?:were|are|was|is|remain(?:s|ed)?|have\s+been|had\s+been|being|still|currently|now|left|would\s+be|will\s+be)\s+)*(?:(?<vacant>vacant|unfilled|empty|short|missing)|(?<need>needed|required)|(?<inpost>in\s+post|(?<=\b(?:were|are|was|is|currently|now)\s+)employed|working\s+(?:in|for|across))|(?<supervise>supervised|managed|on\s+probation|under\s+(?:(?:some|any|a)\s+(?:form|kind)\s+of\s+|probation\s+|statutory\s+|community\s+|their\s+|its\s+)*supervision|serving\s+(?:community\s+|custodial\s+)?(?:sentences|orders|licences)|subject\s+to\s+(?:community|probation|supervision|licence|post-release)|on\s+(?:its|their|the|our|her|his|a)\s+(?:[\w-]+\s+)?(?:case\s?loads?|books)))\b", Options)]
    private static partial Regex Predicate();

    /// <summary>What the clause after the noun says will happen to it: "officers will be recruited", "staff to be in post by March".</summary>
    [GeneratedRegex(ClauseStart + @"(?:will|would|shall|must|are\s+to|is\s+to|to)\s+(?:now\s+|soon\s+|also\s+|all\s+)?be\s+(?:recruited|hired|taken\s+on|brought\s+in|employed|in\s+post|in\s+place|deployed|added|appointed)\b", Options)]
    private static partial Regex FuturePredicate();

    /// <summary>"1,000 more probation officers", "another 1,300 officers", "a further 2,000 staff": a count added to the workforce.</summary>
    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+(?:extra|additional))\s+(?:(?:more\s+than|over|around|about|some|nearly|almost|up\s+to)\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex ExtraBefore();

    /// <summary>Words that make a count added to the workforce a target rather than a past change: a promise, a plan, a future.</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|pledg\w*|promis\w*|aim\w*|plan\w*|target\w*|call(?:s|ed|ing)?\s+for|demand\w*|want\w*|needs?|needed|require[sd]?|commit\w*|announc\w*|by\s+(?:the\s+end\s+of\s+)?(?:(?:19|20)\d\d|next|the\s+end)|over\s+the\s+(?:next|coming)|on\s+top)\b", Options)]
    private static partial Regex TargetCue();

    /// <summary>The word that governs the number, read right to left from it (hedges skipped).</summary>
    [GeneratedRegex(@"\b(?:"
        + @"(?<change>(?:up|down)\s+from|(?:risen|rose|rising|fallen|fell|falling|increased|decreased|dropped|grown|grew|climbed|shrunk|shrank|jumped|soared|declined|widened|narrowed|(?:gone|went|going)\s+(?:up|down))\b(?:[^.;:!?]|(?<=\d)\.(?=\d)|(?<=\bcent)\.(?=\s+[a-z])){0,70}?\b(?:from|to))"
        + @"|(?<recruit>(?:target|plans?|aims?|pledge[ds]?|ambition|commitment|promise[ds]?)\b[^.;:!?]{0,60}?\b(?:workforce|staffing|headcount|numbers?)\s+to|(?:promis|pledg)\w*(?:\s+to\s+(?:recruit|hire|take\s+on|bring\s+in))?|(?:will|would|shall|must|plans?\s+to|aims?\s+to|intends?\s+to|wants?\s+to)\s+(?:recruit|hire|take\s+on|bring\s+in)|commit\w*\s+to\s+(?:recruiting|hiring)|(?:boost|increase|expand|grow)\s+(?:[\w’'-]+\s+){0,5}?by)"
        + @"|(?<need>(?:needs?|needed|requires?|required)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:workforce|establishment|complement|headcount)\s+of|underestimat\w*\b[^.;:!?]{0,120}?\b(?:by|of)\b(?:[^.;:!?()]{0,40}?\()?|needs?|needed|requires?|required|requiring|should\s+(?:have|be)|ought\s+to\s+(?:have|be)|funded\s+for|establishment\s+of|complement\s+of)"
        + @"|(?<short>short\s+(?:of|by)|shortfall\s+of|shortage\s+of|deficit\s+of|gap\s+of|lack(?:s|ed|ing)?|missing|without|equivalent\s+to|amounting\s+to|representing)"
        + @"|(?<have>ha(?:s|d|ve)(?:\s+only|\s+just)?|employ(?:s|ed|ing)?|made\s+up\s+of|compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|there\s+(?:are|were|is|was)(?:\s+(?:now|currently|only|just|also))?|show(?:s|ed|ing)?|total(?:l?ing)?(?:\s+of)?|workforce\s+of|headcount\s+of)"
        + @"|(?<supervise>supervis(?:e|es|ed|ing)|supervision\s+of|manag(?:e|es|ed|ing)|management\s+of|overs(?:ee|ees|aw|eeing|een)|responsib(?:le|ility)\s+for(?:\s+(?:supervising|managing|overseeing))?|cover(?:s|ed|ing)?|works?\s+with|working\s+with|provid(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:services|support)\s+(?:to|for)|deal(?:s|t|ing)?\s+with|handl(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+after|cater(?:s|ed|ing)?\s+for|car(?:e|es|ed|ing)\s+for|serv(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|hold(?:s|ing)?|held)"
        + @"|(?<grow>(?:(?:go|goes|going|gone|went|be)\s+up|ris(?:e|es|ing|en)|rose|increas(?:e|es|ed|ing)|grow(?:s|n|ing)?|grew|expand(?:s|ed|ing)?)\s+by)"
        + @"|(?<level>stood\s+at|stands\s+at|totall?(?:ed|ing)|numbered|reached|(?:was|is|were|are)(?:\s+(?:now|just|only))?|put\s+at|estimated\s+at)"
        + @")\s*,?\s*" + Mods + "$", Options | RegexOptions.RightToLeft)]
    private static partial Regex Governor();

    /// <summary>The nearest head noun before the number in its sentence, for a number whose noun is left out.</summary>
    [GeneratedRegex(@"\b(?:(?<vac>vacancies\s+(?:among|for|in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:officers|staff|practitioners|PSOs|POs|posts)|vacancies|vacant\s+posts|unfilled\s+posts|" + GapNouns + @"\s+(?:in|of)\s+(?:the\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:staff(?:ing)?|officers|practitioners|PSOs|POs|posts|workforce)|(?:staffing|staff|officer|workforce)\s+" + GapNouns + @")|(?<posts>posts|positions)|(?<staff>" + StaffNouns + @"|workforce|headcount|(?:officer|PSO|PO|practitioner|staff|staffing|workforce)\s+numbers|staff(?:ing)?\s+levels?|staffing)|(?<people>offenders|people\s+(?:on\s+probation|under\s+(?:probation\s+)?supervision|supervised)|service\s+users|supervisees|probationers))\b", Options | RegexOptions.RightToLeft)]
    private static partial Regex Antecedent();

    /// <summary>What may follow a number whose noun is left out: an ending, a verb of its clause or "of them".</summary>
    [GeneratedRegex(@"^\s*(?:[.,;:!?()]|$|(?:in|at|by|on|across|over|between|since|during|today|now|after|within|next|a\s+year|last|this|when|while|but|and|where|compared|against|to\s+(?!\d)|short\b|needed\b|required\b|(?:were|are|is|was|will\s+be|would\s+be)\b(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b))\b)", Options)]
    private static partial Regex ElidedNoun();

    /// <summary>A head noun, then only a place, an aside or an auxiliary before the change verb: the subject of "has grown from".</summary>
    [GeneratedRegex(@"\b(?:" + GapNouns + @"|staff(?:ing)?|workforce|headcount|numbers?|levels?|officers|practitioners|PSOs|POs|posts|vacancies|offenders|people|caseloads?)\b\s*(?:\([^()]{1,40}\)\s*)?(?:(?:in|at|across|within|of|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?(?:,[^,.;]{1,50},\s*)?(?:(?:has|have|had|now|also|steadily|sharply|significantly)\s+){0,3}$", Options | RegexOptions.RightToLeft)]
    private static partial Regex ChangeSubject();

    /// <summary>A shortfall as the subject of the clause: "The gap in staffing has", "The staffing shortfall now".</summary>
    [GeneratedRegex(@"(?<!\b(?:pay|gender|funding|skills?|knowledge|training)\s+)\b" + GapNouns + @"\b[^.;:!?,]{0,60}$", Options | RegexOptions.RightToLeft)]
    private static partial Regex GapSubject();

    [GeneratedRegex(@"\bexpect\w*", Options)]
    private static partial Regex ExpectCue();

    [GeneratedRegex(@"^(?:ha[sdv]|employ|there)", Options)]
    private static partial Regex ElidedHave();

    [GeneratedRegex(@"\b(?:shortfall|shortage|short|deficit|gap|vacanc|vacant|unfilled|understaff)", Options)]
    private static partial Regex ShortfallWords();

    [GeneratedRegex(@"\b(?:prison|leavers?|left|lost|cut|redundan|resign|leaving|spoke|interview|met|meetings?|attended|surveyed|responded|aged|inspected|visited|assault|attack|complain|grievanc|disciplin)", Options)]
    private static partial Regex NotAFigure();

    /// <summary>"a child who has four case managers": the people a person has met, not a staffing level.</summary>
    /// <summary>"12,100 FTE were in prisons": staff of prisons or youth custody are not probation figures.</summary>
    [GeneratedRegex(@"^\s*(?:(?:were|are|was|is|work(?:ed|ing)?)\s+)?(?:in|at|across|for)\s+(?:the\s+)?(?:[\w’'()-]+\s+){0,4}?(?:prisons?|youth\s+custody|YCS|young\s+offender|HQ|headquarters)\b", Options)]
    private static partial Regex InPrison();

    [GeneratedRegex(@"\b(?:child|children|person|someone|individual|man|woman|boy|girl|victim|offender)\s+(?:who\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex PersonWho();

    /// <summary>"a rise of 97 FTE", "up 508 officers": a change in a count is not a count.</summary>
    [GeneratedRegex(@"\b(?:(?:rise|fall|increase|decrease|drop|reduction|cut|growth|change|loss|gain)\s+(?:of\s+)?|(?:up|down)\s+(?:by\s+)?)" + BeforeHedges, Options | RegexOptions.RightToLeft)]
    private static partial Regex ChangeAmount();

    /// <summary>Staff who are leaving, seconded or transferred are not a staffing level.</summary>
    [GeneratedRegex(@"^\s*(?:who\s+)?(?:(?:were|are|have|had|being|will\s+be)\s+)?(?:leaving|left|lost|resign\w*|cut|made\s+redundant|seconded|transferr\w*|expected|due|joining|starting|affected|effected)\b", Options)]
    private static partial Regex NotALevel();

    public static ExtractionRule NounPhraseRule { get; } = new(
        "figures.attachment.noun-phrase",
        "a count attached through its noun phrase: the head noun (modifiers skipped) and the word governing the number (employs, supervises, short of, needs, recruit, rose to) agree on a kind; a shortfall as the clause's subject (\"the staffing gap stands at\") makes the count vacancies, people working in a service are its staff, an underestimate of staff needed is a requirement",
        0.75,
        [
            "Staffing at the Marlow office has fallen to 27 probation officers.",
            "The trust provides services to roughly 9,800 service users a year.",
            "Nearly 4,200 people are supervised by the Calderbrook PDU.",
            "Under the plans, a further 900 probation officers will be in post by 2027.",
            "The Dunholm service looks after roughly 7,200 men and women on licence.",
            "The staffing shortfall in the Westvale region now stands at 480 probation officers.",
            "There are some 11,300 people working in the probation service in the south.",
            "The ministry underestimated how many staff were needed for the new model by roughly a quarter (2,900 staff).",
        ],
        [
            "Staffing at the Marlow prison has fallen to 270 prison officers.",
            "There are now 600 more probation officers than there were in 2020.",
            "The ministry is recruiting 1,400 more trainee probation officers this year.",
            "Inspectors interviewed 54 probation officers during fieldwork.",
            "Another 14 members of staff were seconded to the new provider.",
            "The number of assaults on probation staff rose from 31 to 52.",
            "The gap in pay between prison and probation officers has grown to 800 pounds.",
        ]);

    public static ExtractionRule ElidedNounRule { get; } = new(
        "figures.attachment.elided-noun",
        "a count whose noun is left out (\"has only 330\", \"where 20 are needed\") takes the nearest head noun before it in the sentence (\"vacancies among officers\", \"the gap in staffing\", \"staffing levels\"); under a change verb (\"has grown from … to …\") only when that noun is the verb's subject",
        0.65,
        [
            "The Brookfield team should have 24 probation officers but has only 17.",
            "There are just nine case managers in the Ashby office, where 15 are needed.",
            "National staffing in the probation service has grown by 30 per cent, from about 12,100 to about 15,700.",
            "The gap in staffing has widened from 310 in 2021 to 640 today.",
            "Vacancies among band 4 probation officers reached 380 in June.",
            "The ministry plans to increase the number of probation officers by 1,800 over three years.",
            "The number of probation officers will go up by 900 next year, the minister said.",
        ],
        [
            "The Brookfield team has 24 probation officers and has held 17 team meetings this year.",
            "Once these vacancies are filled, as we hope they will be within a year or two, the team will be stable.",
            "The number of officers who left the service rose from 640 to 910.",
            "The number of probation officers went up by 900 last year.",
        ]);

    public static ExtractionRule OverCapacityRule { get; } = new(
        "figures.attachment.over-capacity",
        "a percentage above 100 in a sentence about workloads, the workload tool or capacity is a workload reading",
        0.7,
        ["Across the county's teams using the WMT, readings of 125% are now routine."],
        ["Across the county, recorded offences rose by 125% in a decade, and the WMT was replaced."]);

    public static ExtractionRule CarriedNounRule { get; } = new(
        "figures.attachment.carried-noun",
        "a count whose noun is left out and not named in its own sentence takes the head noun (or caseload topic) of the sentence before",
        0.6,
        [
            "Vacancies in the Tolworth team keep rising. In March there were 47, up from 39 a year before.",
            "The county is short of probation officers. It is now 85 short.",
            "Caseloads in the Hallam office are far too high. Several officers hold 82, and one had 96.",
        ],
        [
            "Staff in the Hallam office told us morale was low. One said she had 60.",
            "Probation officers in Tolworth are stretched. In 2023, 14 left.",
        ]);

    [GeneratedRegex(@"^\s*(?:(?:were|are|was|is|remain(?:s|ed)?|have\s+been|had\s+been|still|currently|now)\s+)+(?:vacant|unfilled|empty)\b", Options)]
    private static partial Regex UnfilledAfter();

    [GeneratedRegex(@"\b(?:recruit\w*|vacanc\w*|posts?|staff\w*|officers?|workforce|establishment)\b", Options)]
    private static partial Regex StaffingWords();

    [GeneratedRegex(@"\b(?:case\s?loads?|cases\s+(?:each|per\s+(?:officer|practitioner|person)))\b", Options)]
    private static partial Regex CaseloadWords();

    /// <summary>A number just before a noun phrase ends here: the noun is counted, not the one who holds the count.</summary>
    [GeneratedRegex(@"(?:\d[\d,.]*|\b" + NumberWord + @")\s+(?:[\w’'()-]+\s+){0,5}$", Options | RegexOptions.RightToLeft)]
    private static partial Regex CountedBefore();

    /// <summary>Governors under which a count carried from the sentence before is a level: "there were", "employs", "stood at".</summary>
    [GeneratedRegex(@"^(?:there|employ|stood|stands|total|number|reached|put|estimated|workforce|headcount)", Options)]
    private static partial Regex CarriedLevel();

    /// <summary>"the number of probation officers stood at 4,100": the count is the level of what the subject counts.</summary>
    [GeneratedRegex(@"\b(?:number|total|headcount|count|level)\s+of\b|\b(?:staffing|headcount|workforce)\b", Options)]
    private static partial Regex NumberOf();

    [GeneratedRegex(@"\b(?:workloads?|WMT|workload\s+(?:measurement|management)|capacity|case\s?loads?)\b", Options)]
    private static partial Regex WorkloadWords();

    [GeneratedRegex(@"\b(?:rise|rose|risen|increase[ds]?|grow(?:n|th)?|grew|up|fall|fell|fallen|down|drop(?:ped)?|higher|lower|more|less)\b", Options)]
    private static partial Regex ChangeWords();

    /// <summary>The kind of a count no pattern rule claimed, the rule and its confidence, or null.</summary>
    /// <param name="previous">The sentence before the number's, in its paragraph (bounded), or empty: a noun left out may be named there.</param>
    public static (string Kind, ExtractionRule Rule, double Confidence)? Decide(NumberMention mention, string left, string right, string previous)
    {
        if (mention.IsPercent && !mention.IsShare && mention.Value is > 100 and <= 400
            && (WorkloadWords().IsMatch(left) || WorkloadWords().IsMatch(right)) && !ChangeWords().IsMatch(left.AsSpan(Math.Max(0, left.Length - 30))))
        {
            return (FigureKinds.Workload, OverCapacityRule, OverCapacityRule.Confidence);
        }

        if (mention.IsPercent || mention.IsShare || (mention.IsWords && mention.Value < 2))
        {
            return null;
        }

        var rule = NounPhraseRule;
        var head = Head.None;
        var modifiers = "";
        var afterHead = right;
        var phrase = NounPhrase().Match(right);
        if (phrase.Success)
        {
            head = HeadOf(phrase);
            modifiers = phrase.Groups["more"].Value + phrase.Groups["mods"].Value;
            afterHead = right[(phrase.Index + phrase.Length)..];
        }
        else if (ElidedNoun().IsMatch(right))
        {
            (head, rule) = ElidedHead(mention, left, right, previous);
        }

        if (head == Head.None)
        {
            return null;
        }

        var cueWindow = left.AsSpan(Math.Max(0, left.Length - TargetCueChars));
        var planned = TargetCue().IsMatch(cueWindow) || TargetCue().IsMatch(afterHead);
        var governor = Governor().Match(left);
        var governs = RoleOf(governor);
        var plannedGrowth = governs == Role.Grow && (planned || ExpectCue().IsMatch(cueWindow));
        if (NotAFigure().IsMatch(modifiers) || (Hedges.Match(ChangeAmount(), left) && !plannedGrowth) || NotALevel().IsMatch(afterHead) || InPrison().IsMatch(afterHead))
        {
            return null;
        }

        var role = RoleOf(Predicate().Match(afterHead));
        if (governor.Success && (NotAFigure().IsMatch(left[Math.Max(0, governor.Index - 30)..governor.Index]) || PersonWho().IsMatch(left[..governor.Index])))
        {
            governs = Role.None;
        }

        if (rule != NounPhraseRule && governs == Role.Change && !ChangeSubject().IsMatch(left[..governor.Index]))
        {
            // "The number of officers assaulted rose from 30 to 45": a noun left out is what changed only when it is the verb's subject.
            governs = Role.None;
        }

        if (governs is Role.Change or Role.Level && GapSubject().IsMatch(left[..governor.Index]))
        {
            // "The staffing gap now stands at 870 officers", "the shortfall rose from 650 to 1,400": the count is a shortfall.
            head = head is Head.Staff or Head.Posts ? Head.Vacancies : head;
        }

        if (rule != NounPhraseRule && governs == Role.Have && !ElidedHave().IsMatch(governor.Value))
        {
            // "with 40 in custody": only a plain "has", "employs" or "there are" speaks for a noun left out.
            governs = Role.None;
        }

        if (rule != NounPhraseRule && governs == Role.None && role == Role.None)
        {
            return null;
        }

        if (rule == CarriedNounRule && head is Head.Staff or Head.People && role == Role.None && !CarriedLevel().IsMatch(governor.Value))
        {
            // "Staff said morale was low. One had 60.": a noun from the sentence before counts only under "there are", "employs", "stood at".
            return null;
        }

        if (FuturePredicate().IsMatch(afterHead))
        {
            role = Role.Recruit;
        }

        var extra = phrase.Success && (phrase.Groups["more"].Success || ExtraBefore().IsMatch(left));
        var target = (extra && planned) || (governs == Role.Grow && plannedGrowth);
        if (governs == Role.Grow && !plannedGrowth)
        {
            // "The number of officers went up by 1,100 last year": a past change is not a level.
            return null;
        }

        var kind = KindOf(head, role, governs, modifiers, mention.Value, left, extra, target);
        return kind is null ? null : (kind, rule, rule.Confidence);
    }

    /// <summary>
    /// The head of a number whose noun is left out: the nearest head noun before it in its sentence, else in the
    /// sentence before ("Vacancies keep rising. There were 612 in March."); an officer who holds the number is not what it
    /// counts when the sentences are about caseloads ("Caseloads are too high. Some officers hold 85").
    /// </summary>
    private static (Head Head, ExtractionRule Rule) ElidedHead(NumberMention mention, string left, string right, string previous)
    {
        var caseloadTopic = mention.Value <= 250 && (CaseloadWords().IsMatch(left) || CaseloadWords().IsMatch(previous));
        var antecedent = Antecedent().Match(left);
        if (antecedent.Success)
        {
            var head = HeadOf(antecedent);
            return head == Head.Staff && caseloadTopic && !CountedBefore().IsMatch(left.AsSpan(0, antecedent.Index))
                ? (Head.Cases, CaseloadWords().IsMatch(left) ? ElidedNounRule : CarriedNounRule)
                : (head, ElidedNounRule);
        }

        if (UnfilledAfter().IsMatch(right) && StaffingWords().IsMatch(left + " " + previous))
        {
            // "Recruitment has stalled. 85 are still unfilled.": what is unfilled is posts.
            return (Head.Posts, previous.Length == 0 ? ElidedNounRule : CarriedNounRule);
        }

        if (previous.Length == 0)
        {
            return (Head.None, ElidedNounRule);
        }

        var carried = Antecedent().Match(previous);
        return carried.Success && !caseloadTopic ? (HeadOf(carried), CarriedNounRule)
            : caseloadTopic ? (Head.Cases, CarriedNounRule)
            : (Head.None, CarriedNounRule);
    }

    private static string? KindOf(Head head, Role predicate, Role governs, string modifiers, double value, string left, bool extra, bool target)
    {
        var words = ModifierWords().Match(modifiers);
        var vacantModifier = words.Success && words.Groups["vacant"].Success;
        if (head == Head.Posts && vacantModifier)
        {
            head = Head.Vacancies;
        }

        switch (head)
        {
            case Head.Vacancies:
                return governs is Role.Recruit or Role.Need or Role.Grow ? null : FigureKinds.Vacancies;
            case Head.Staff or Head.Posts:
                if (predicate == Role.Need)
                {
                    return FigureKinds.StaffRequired;
                }

                if (predicate == Role.Vacant || governs == Role.Short)
                {
                    return governs == Role.Short && predicate == Role.None && !ShortfallWords().IsMatch(left) && head == Head.Posts ? null : FigureKinds.Vacancies;
                }

                if ((predicate == Role.Recruit || target) && !Intake().IsMatch(modifiers))
                {
                    return FigureKinds.StaffRequired;
                }

                if (extra)
                {
                    // "300 more officers than last year": a change in the workforce, not its level.
                    return null;
                }

                if (words.Success && words.Groups["trainee"].Success)
                {
                    // Trainee intakes, new starters, agency and prison staff are not the probation staffing level.
                    return null;
                }

                if (governs is Role.Need or Role.Recruit)
                {
                    return FigureKinds.StaffRequired;
                }

                if (head == Head.Posts)
                {
                    return governs == Role.Have && words.Success && words.Groups["funded"].Success ? FigureKinds.StaffRequired : null;
                }

                return predicate == Role.InPost || governs is Role.Change or Role.Have || (governs == Role.Level && NumberOf().IsMatch(left)) ? FigureKinds.StaffInPost : null;
            case Head.People when predicate == Role.InPost && governs is Role.Have or Role.Level or Role.Change:
                // "There are some 17,600 people working in the Probation Service": people employed are its staff.
                return FigureKinds.StaffInPost;
            case Head.People:
                return value >= 100 && (predicate == Role.Supervise || governs == Role.Supervise || (governs is Role.Level or Role.Change && NumberOf().IsMatch(left) && Supervision().IsMatch(left)))
                    ? FigureKinds.PeopleSupervised : null;
            case Head.Cases:
                // "responsible for about 105,000 cases a year": a service's cases in the thousands are the people it supervises.
                return value >= 1000 && (governs == Role.Supervise || predicate == Role.Supervise) ? FigureKinds.PeopleSupervised
                    : value <= 250 && governs is Role.Supervise or Role.Have && CaseloadHolder().IsMatch(left) ? FigureKinds.Caseload : null;
            default:
                return null;
        }
    }

    [GeneratedRegex(@"\b(?:supervis|on\s+probation|under\s+probation)", Options)]
    private static partial Regex Supervision();

    /// <summary>Who holds a caseload: an officer or a practitioner, not a service or an inspector reading cases.</summary>
    [GeneratedRegex(@"\b(?:officers?|practitioners?|PSOs?|POs?|staff|workers?|case\s+managers?|colleagues|I|we|she|he|they|each|every)\b", Options)]
    private static partial Regex CaseloadHolder();

    private static Head HeadOf(Match match) =>
        match.Groups["vac"].Success ? Head.Vacancies
        : match.Groups["posts"].Success ? Head.Posts
        : match.Groups["staff"].Success ? Head.Staff
        : match.Groups["people"].Success ? Head.People
        : match.Groups["cases"].Success ? Head.Cases
        : Head.None;

    private static Role RoleOf(Match match) =>
        !match.Success ? Role.None
        : match.Groups["change"].Success ? Role.Change
        : match.Groups["recruit"].Success ? Role.Recruit
        : match.Groups["need"].Success ? Role.Need
        : match.Groups["short"].Success ? Role.Short
        : match.Groups["have"].Success ? Role.Have
        : match.Groups["supervise"].Success ? Role.Supervise
        : match.Groups["vacant"].Success ? Role.Vacant
        : match.Groups["inpost"].Success ? Role.InPost
        : match.Groups["level"].Success ? Role.Level
        : match.Groups["grow"].Success ? Role.Grow
        : Role.None;
}
