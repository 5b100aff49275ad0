using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The caseload rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] CaseloadRules() =>
    [
        new("figures.caseload.noun-each", FigureKinds.Caseload, NumberForm.Count, null, CaseloadNounEachRight())
        {
            Priority = 10,
            MaxValue = 999,
            Triggers = ["case|client|offender|people|individual|child|young|victim|service"],
            Description = "cases, clients or people each or per officer",
            Examples = ["Officers in the Eastvale team told us they were carrying 110 cases each."],
            NonExamples = ["Inspectors read 110 cases each year in the region."],
        },
        new("figures.caseload.target", FigureKinds.Caseload, NumberForm.Count, CaseloadTargetLeft(), null)
        {
            Priority = 240,
            MaxValue = 250,
            Triggers = ["caseload|case", "target|limit|maximum|cap|ceiling"],
            Description = "a caseload target, limit or cap of N",
            Examples = ["The caseload target in Northmoor is set at 45 cases."],
            NonExamples = ["The staffing target in Northmoor is set at 45 officers."],
        },
        new("figures.caseload.caseload-of", FigureKinds.Caseload, NumberForm.Count, CaseloadCaseloadOfLeft(), CaseloadCountRight())
        {
            Priority = 360,
            MaxValue = 999,
            Triggers = ["caseload|case"],
            Description = "caseloads of, at or averaging N",
            Examples = ["Practitioners in Brackton had caseloads of 62."],
            NonExamples = ["Across my caseload, about 12 of them are in custody.", "Staff face rising caseloads and the models brought in by many of the 14 private companies."],
        },
        new("figures.caseload.officer-holds-cases", FigureKinds.Caseload, NumberForm.Count, CaseloadOfficerHoldsCasesLeft(), CaseloadOfficerHoldsCasesRight())
        {
            Priority = 370,
            MaxValue = 999,
            Triggers = ["case|client|offender|people|individual|victim|child|young|service"],
            Description = "officers had, carried or managed N cases",
            Examples = ["On average, victim liaison officers in Dunmere had 190 cases."],
            NonExamples = ["On average, officers in Dunmere had 190 training hours."],
        },
        new("figures.caseload.holding-cases", FigureKinds.Caseload, NumberForm.Count, CaseloadHoldingCasesLeft(), CaseloadHoldingCasesRight())
        {
            Priority = 380,
            MaxValue = 250,
            Triggers = ["case|book"],
            Description = "holding or carrying N cases",
            Examples = ["Right now I’ve got 74 cases."],
            NonExamples = ["Right now I’ve got 74 days of leave."],
        },
        new("figures.caseload.should-hold", FigureKinds.Caseload, NumberForm.Count, CaseloadShouldHoldLeft(), NoNounAfter())
        {
            Priority = 390,
            MaxValue = 250,
            Triggers = ["hold|carry|manage|have"],
            Description = "an officer should hold or carry N",
            Examples = ["The guidance says a full-time officer should hold about 40."],
            NonExamples = ["The guidance says a full-time officer should hold about 40 meetings a year."],
        },
        new("figures.caseload.cases-holding", FigureKinds.Caseload, NumberForm.Count, CaseloadCasesHoldingLeft(), NoNounAfter())
        {
            Priority = 400,
            MaxValue = 250,
            Triggers = ["case"],
            Description = "cases … holding N",
            Examples = ["Cases keep arriving, and some colleagues are holding more than 90."],
        },
        new("figures.caseload.staff-carrying", FigureKinds.Caseload, NumberForm.Count, CaseloadStaffCarryingLeft(), NoNounAfter())
        {
            Priority = 410,
            MaxValue = 250,
            Triggers = ["carr|hold|manag|juggl"],
            Description = "staff carrying or holding N",
            Examples = ["In Carnby, where the team has lost two officers, some were carrying 68."],
        },
        new("figures.caseload.caseload-cases", FigureKinds.Caseload, NumberForm.Count, CaseloadCaseloadCasesLeft(), CaseloadCaseloadCasesRight())
        {
            Priority = 420,
            MaxValue = 250,
            Triggers = ["case"],
            Description = "a caseload … N cases",
            Examples = ["Caseloads on the team ranged widely, with the busiest officer on 52 cases."],
        },
    ];

    [GeneratedRegex($@"^\s*(?:(?:active\s+|open\s+)?(?:cases|clients|offenders|people|individuals|children|young\s+people|victims|service\s+users)\s+)(?!(?:each|per|a)\s+(?:year|month|week|day|annum)\b)(?:each|per|apiece|on\s+(?:their|his|her)\s+(?:caseload|books)|a\s+(?:head|worker|officer|practitioner))\b", Options)]
    private static partial Regex CaseloadNounEachRight();

    [GeneratedRegex($@"\bcase\s?loads?\b[^.!?]{{0,80}}\b(?:target|limit|maximum|cap|ceiling)\b[^.!?]{{0,30}}?\b(?:is|was|of|at|set\s+at)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadTargetLeft();

    [GeneratedRegex($@"\bcase\s?loads?\b[^.;:!?]{{0,90}}?\b(?:of|at|was|were|is|are|averag(?:e|es|ed|ing)(?:\s+of)?|stood\s+at|reached|rose\s+to|to|around|about|between|exceed(?:s|ed|ing)?|over|above|up\s+to|hit|had|with|approach(?:es|ed|ing)?|near(?:ing)?|top(?:s|ped|ping)?|beyond|somewhere|from|now|(?:rose|risen|rising|increased|fell|fallen|dropped)\s+to)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadCaseloadOfLeft();

    [GeneratedRegex($@"\b(?:officers?|practitioners?|staff|workers|PSOs?|POs?|colleagues|members|managers|I|we|they|she|he|each|some|many|most|others|few)\s+(?:[\w’'-]+\s+){{0,2}}?(?:had|have|has|carry|carries|carrying|carried|hold|holds|holding|held|manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|with|supervis(?:e|es|ed|ing)|responsible\s+for)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadOfficerHoldsCasesLeft();

    [GeneratedRegex($@"^\s*{Gap}(?:cases|clients|offenders|people|individuals|victims|children|young\s+people|service\s+users)\b", Options)]
    private static partial Regex CaseloadOfficerHoldsCasesRight();

    [GeneratedRegex($@"\b(?:got|hold(?:s|ing)?|held|carr(?:y|ies|ying|ied)|juggl(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|hav(?:e|ing)|has|had|with|given|allocated|assigned|tak(?:e|es|ing)\s+on|took\s+on)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadHoldingCasesLeft();

    [GeneratedRegex(@"^\s*(?:(?:active|open|live|current)\s+)?(?:cases\b|(?:people|individuals|clients|offenders|victims|children|service\s+users|cases)\s+on\s+(?:my|their|his|her|your|our|a|the)\s+(?:case\s?load|books))", Options)]
    private static partial Regex CaseloadHoldingCasesRight();

    [GeneratedRegex($@"\b(?:{StaffNoun}|VLOs?|case\s+managers?|I|we|you|they|he|she)\s+(?:(?:should|would|could|can|must|might|will|to|typically|normally|usually|would\s+normally)?\s*(?:hold|carry|manage)|(?:should|would\s+normally|typically|normally|usually|ought\s+to)\s+have)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadShouldHoldLeft();

    [GeneratedRegex($@"(?:\bcases?\b|case\s?loads?)[^.!?]*\b(?:hold(?:s|ing)?|held|carr(?:y|ies|ying|ied)|manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|with)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadCasesHoldingLeft();

    [GeneratedRegex($@"\b(?:{StaffNoun}|some|many|most|others|colleagues)\b[^.;!?]{{0,40}}?\b(?:carrying|holding|managing|juggling|carry|hold|manage)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadStaffCarryingLeft();

    [GeneratedRegex(@"\bcase\s?loads?\b[^.!?]*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex CaseloadCaseloadCasesLeft();

    [GeneratedRegex(@"^\s*(?:cases|clients)\b", Options)]
    private static partial Regex CaseloadCaseloadCasesRight();

    /// <summary>"about 18 of them", "many of the 20 companies": a part of the figure just given, or a count of organisations, not cases.</summary>
    [GeneratedRegex(@"^(?!\s*of\s+(?:them|these|those|whom)\b)(?!\s*(?:(?!(?:in|at|across|for|of|from|by|among|and|or|to|with|the)\b)[\w-]+\s+){0,2}?(?:companies|CRCs|providers|areas|regions|trusts|services|teams|offices|divisions|PDUs|units|organisations|authorities)\b)", Options)]
    private static partial Regex CaseloadCountRight();
}
