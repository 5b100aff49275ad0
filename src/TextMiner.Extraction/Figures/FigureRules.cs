using System.Text.RegularExpressions;
using TextMiner.Extraction.Catalogue;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>
/// The figure rule catalogue: the pattern rules of each kind (one file per kind under Rules/), in priority order, and
/// the rules made by mechanisms rather than one pattern (tables, lists, labels, noun-phrase attachment, carry-over).
/// </summary>
internal static partial class FigureRules
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Verbs = @"(?:were\s+|are\s+|was\s+|is\s+|remain(?:s|ed)?\s+|left\s+|still\s+|lying\s+|currently\s+|now\s+|being\s+)*";

    /// <summary>The pattern rules, lowest <see cref="FigureRule.Priority"/> first.</summary>
    public static IReadOnlyList<FigureRule> All { get; } =
    [
        .. new[]
        {
            CaseloadRules(), VacanciesRules(), StaffRequiredRules(), StaffInPostRules(), PeopleSupervisedRules(),
            SicknessAbsenceRules(), VacancyRateRules(), WorkloadRules(),
        }.SelectMany(r => r).OrderBy(r => r.Priority),
    ];

    /// <summary>Each rule's trigger groups as stem ids of <see cref="Triggers"/>, index for index with <see cref="All"/>.</summary>
    public static int[][][] TriggerGroups => Compiled.Groups;

    public static TriggerWords Triggers => Compiled.Words;

    private static (TriggerWords Words, int[][][] Groups) Compiled { get; } = Compile();

    private static (TriggerWords, int[][][]) Compile()
    {
        var words = new TriggerWords(All.Select(r => r.Triggers), out var groups);
        return (words, groups);
    }

    public static ExtractionRule TableCell { get; } = new(
        "figures.table.header-column",
        "a table cell: the kind its column header names, else its row label",
        0.9,
        ["Grade | Target | In post\nProbation officers | 58 | 42.3"],
        ["Office | Telephone\nNorthgate | 0161 555 0100"]);

    public static ExtractionRule FlatTable { get; } = new(
        "figures.table.flattened",
        "a table flattened into text: a header naming kinds, then rows of a label and as many numbers",
        0.8,
        ["Region Vacancies (FTE)\n\nPS Northshire 41\n\nPS Southmoor 17", "Region In post Target Vacancies Northshire 412 460 48 Southmoor 377 410 33", "Probation staff by region\n\nRegion Headcount FTE East Wold 1,204 1,120.5 Lowport 2,877 2,701.3"],
        ["Region Offices\n\nNorthshire 4\n\nSouthmoor 7", "Region Leavers Joiners Northshire 41 52 Southmoor 37 39"]);

    public static ExtractionRule CaptionedTable { get; } = new(
        "figures.table.captioned",
        "a table whose caption, question or introduction (or a \"Table N:\" caption just under it) names the kind of every cell; columns are dates, grades or units (headcount, FTE), rows regions or dates, a row label and its number may be one paragraph each",
        0.75,
        [
            "Table 3: Probation officers in post (FTE), 31 March 2025\n\nRegion\n\nFTE\n\nNorth Fell\n\n208\n\nLowport\n\n1,116",
            "Northshire | 64\n\nSouthmoor | 38\n\nTable 5: Vacant probation officer posts by region",
            "Probation officers in post by region\n\nRegion 2024 2025\n\nEngland and Wales 3,902 4,115\n\nNote: the 2025 figure is provisional.",
            "The table shows the number of probation officers (FTE) in post by region.\n\nRegion 2022 2023\n\nNorthshire 412 398\n\nSouthmoor 377 391",
            "How many probation officers were employed in each region?\n\nEastmarch 322 Greater Halton 401 North Fell 215",
            "Number of probation officers (FTE) in post, 2020 to 2022\n\nYear Probation officers Probation services officers 2020 3,602 6,012 2021 3,788 6,340 2022 3,950 6,115",
        ],
        [
            "The table shows the number of offices by region.\n\nRegion 2022 2023\n\nNorthshire 4 3\n\nSouthmoor 7 7",
            "The table below shows probation spending by region (£ million).\n\nRegion 2022 2023 Eastmarch 32 34 Greater Halton 41 42",
            "How many probation officers left the service in each region?\n\nEastmarch 32 Greater Halton 41 North Fell 21",
            "Northshire | 4\n\nSouthmoor | 7\n\nTable 5: Offices by region",
            "Table 3: Probation staff leavers by region\n\nNorth Fell\n\n41\n\nLowport\n\n37",
        ]);

    public static ExtractionRule WorkforceChange { get; } = new(
        "figures.workforce.from-to",
        "a workforce changed from N (in post) to M (planned)",
        0.85,
        ["The company intends to cut its workforce from 310 to 260 staff."],
        ["The company grew from 3 to 5 offices."]);

    public static ExtractionRule ListContinuation { get; } = new(
        "figures.list.continuation",
        "a number listed after a figure takes its kind (also after a bracketed unit, at the other extreme of a range, or as \"a further N\")",
        0.8,
        [
            "Officers in the east were carrying caseloads of 55, 62 and in one case 81.", "There were 2,210 FTE band 4 probation officers in post and 3,905 FTE band 3 PSOs.",
            "Vacancy rates were highest in Northmoor (24%) and lowest in Eastvale (11%).",
            "The minister promised 900 more probation officers, and a further 400 on top.",
        ],
        [
            "Officers were carrying caseloads of 55, and the office opened in 1998 with 12 desks.", "There were 2,210 FTE band 4 probation officers in post and 3,905 FTE were in prisons.",
            "The Tarnside unit has 36 staff, seven fewer than it needs.",
        ]);

    public static ExtractionRule ShortfallShare { get; } = new(
        "figures.vacancy-rate.shortfall-share",
        "a percentage joined to a shortfall count just given (\"a deficit of 120 officers, amounting to 15%\") is the vacancy rate",
        0.75,
        ["Westmoor has a deficit of 64 officers, amounting to nearly 21% of the workforce it needs."],
        ["Westmoor has 64 officers, and 21% of them work part-time."]);

    public static ExtractionRule CountAfterShare { get; } = new(
        "figures.vacancies.count-after-share",
        "a count of posts or officers joined to a vacancy rate just given (\"18% of posts are empty – some 70 posts\") is the same shortfall as a count",
        0.75,
        [
            "Around 19 per cent of officer posts in Harwell are unfilled – some 74 posts.",
            "In Denby 27% of PSO posts are vacant, which means 41 posts without a practitioner.",
            "The county has a shortfall of 14%, equivalent to 65 posts.",
        ],
        [
            "Around 19 per cent of officer posts in Harwell are unfilled, and 74 cases were reallocated.",
            "The vacancy rate is 12%. The division has 300 officers.",
        ]);

    public static ExtractionRule Labelled { get; } = new(
        "figures.label.colon",
        "a label before a colon names the kind: \"Staff in post: 1,240\", also for each item of a labelled list, or a heading-like label alone on a line with its number",
        0.85,
        ["- Vacancies: 87", "Staff in post (FTE): probation officers 2,140; probation services officers 3,305.", "Workforce numbers 318"],
        ["- Offices: 87", "Offices: Eastvale 4; Northmoor 7.", "The number of staff rose to 318", "There were also 2,140 FTE probation services officers: a rise of 210 since March."]);

    public static ExtractionRule RefersBack { get; } = new(
        "figures.refers-back.previous-figure",
        "a number that refers back to the figure just given (\"the figure rose to\", \"of whom\")",
        0.6,
        ["The vacancy rate in the region was 14 per cent. In Westmoor the rate reached 19 per cent.", "Sickness absence is a growing worry in Eastvale. It now stands at 9.5%."],
        ["The vacancy rate in the region was 14 per cent. In Westmoor 19 per cent of staff said they were stressed."]);

    public static ExtractionRule AnswersQuestion { get; } = new(
        "figures.answer.question",
        "a number opening the answer to a question that asks for a figure (\"How big is your caseload?\")",
        0.6,
        ["How big is your caseload?\n\n72, and rising."],
        ["How long have you worked here?\n\n12 years."]);

    public static IReadOnlyList<ExtractionRule> Mechanisms =>
        [TableCell, FlatTable, CaptionedTable, WorkforceChange, ListContinuation, ShortfallShare, CountAfterShare, Labelled, Attachment.NounPhraseRule, Attachment.ElidedNounRule, Attachment.CarriedNounRule, Attachment.OverCapacityRule, RefersBack, AnswersQuestion];

    [GeneratedRegex($@"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|overs(?:ee|ees|aw|eeing|een)|responsible\s+for(?:\s+(?:supervising|managing|overseeing))?|caseload\s+of|works?\s+with|working\s+with|deals?\s+with|dealing\s+with|handl(?:e|es|ed|ing)|total\s+of)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex SupervisingVerbBefore();

    [GeneratedRegex(@"^\s*(?:[.,;:!?)”’""]|$|(?:each|apiece|at\s+a\s+time|or\s+more|or\s+so|and|but|or|which|while|when|before|in|at|on|for|by|with)\b)", Options)]
    private static partial Regex NoNounAfter();

    [GeneratedRegex($@"^\s*{Gap}{StaffNoun}", Options)]
    private static partial Regex StaffNounAfter();

    [GeneratedRegex(@"^\s*(?:(?:[\w’'-]+\s+){0,2}?(?:offenders|people\s+(?:are\s+|were\s+)?on\s+probation|people\s+(?:are\s+|were\s+)?under\s+(?:probation\s+)?supervision|people\s+under\s+(?:its\s+|their\s+)?supervision|individuals\s+under\s+supervision|service\s+users|cases\s+under\s+supervision|supervisees|probationers)\b)", Options)]
    private static partial Regex SupervisedPeopleAfter();

    [GeneratedRegex($@"^{NotPrison}", Options)]
    private static partial Regex NotPrisonStaff();

    /// <summary>"about 18 of them": a part of the figure just given, not a figure of its own.</summary>
    [GeneratedRegex(@"^(?!\s*of\s+(?:them|these|those|whom)\b)", Options)]
    private static partial Regex NotOfThem();

    [GeneratedRegex(@"^(?!\s*(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:establishment|staffing|strength|required|full\s+strength|target))", Options)]
    private static partial Regex NotOfEstablishment();
}
