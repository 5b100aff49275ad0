using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The staff-in-post rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] StaffInPostRules() =>
    [
        new("figures.staff-in-post.doing-work-of", FigureKinds.StaffInPost, NumberForm.Count, null, StaffInPostDoingWorkOfRight())
        {
            Priority = 40,
            Triggers = ["doing"],
            Description = "staff doing the work of more",
            Examples = ["We have nine officers doing the work of fifteen."],
        },
        new("figures.staff-in-post.only-filled", FigureKinds.StaffInPost, NumberForm.Count, StaffInPostOnlyFilledLeft(), StaffInPostOnlyFilledRight())
        {
            Priority = 160,
            Triggers = ["only|just|but", "filled|post"],
            Description = "only N posts filled or in post",
            Examples = ["Of the 52 officer posts the division needs, only 38 were filled."],
        },
        new("figures.staff-in-post.change", FigureKinds.StaffInPost, NumberForm.Count, StaffInPostChangeLeft(), null)
        {
            Priority = 170,
            Triggers = ["risen|rose|fallen|fell|increased|decreased|grown|grew|dropped|gone|went"],
            Description = "the number of staff risen or fallen from or to N",
            Examples = ["The number of qualified officers in post had risen from 23 to 29.", "The number of probation officers went up from 3,150 to 3,480."],
            NonExamples = ["The number of prison officers rose from 18,400 to 21,900.", "The shortfall in probation officers rose from 640 to 1,350."],
        },
        new("figures.staff-in-post.of-posts-filled", FigureKinds.StaffInPost, NumberForm.Count, null, StaffInPostOfPostsFilledRight())
        {
            Priority = 190,
            Triggers = ["filled|occupied|post"],
            Description = "N of the T posts filled",
            Examples = ["Just 31 of the 40 posts were filled by the end of March."],
        },
        new("figures.staff-in-post.in-post", FigureKinds.StaffInPost, NumberForm.Count, null, StaffInPostInPostRight())
        {
            Priority = 260,
            Triggers = ["post"],
            Description = "N staff in post",
            Examples = ["There were 2,480 probation officers in post in the region."],
        },
        new("figures.staff-in-post.employs", FigureKinds.StaffInPost, NumberForm.Count, StaffInPostEmploysLeft(), NotPrisonStaff())
        {
            Priority = 270,
            Triggers = ["employ|workforce|headcount|post"],
            Description = "employs N, a workforce or headcount of N, staff in post was N",
            Examples = ["The service employs 1,960 people across the county."],
        },
        new("figures.staff-in-post.had-officers", FigureKinds.StaffInPost, NumberForm.Count, StaffInPostHadOfficersLeft(), StaffInPostHadOfficersRight())
        {
            Priority = 340,
            Triggers = ["officer|pos|psos|practitioner|manager|staff"],
            Description = "had, employed or there were N officers",
            Examples = ["In my office we have 11 PSOs where there should be 18."],
            NonExamples = ["A boy who has three case managers in a year stops trusting them."],
        },
        new("figures.staff-in-post.noun-phrase", FigureKinds.StaffInPost, NumberForm.Count, StaffInPostNounPhraseLeft(), StaffInPostNounPhraseRight())
        {
            Priority = 720,
            Confidence = 0.75,
            Triggers = ["there|employ|has|had|have", "members|officer|staff|practitioner|employee|worker|personnel|case|pso|po|fte|colleague"],
            Description = "there were, has or employs N staff, with modifiers before the noun skipped (not trainees, not a shortfall)",
            Examples = ["There were 4,120 FTE band 4 probation officers working in the region."],
            NonExamples = ["We have 23 trainee probation officers due to qualify next year."],
        },
        new("figures.staff-in-post.were-staff", FigureKinds.StaffInPost, NumberForm.Count, null, StaffInPostWereStaffRight())
        {
            Priority = 730,
            Confidence = 0.7,
            Triggers = ["were|are", "members|officer|staff|practitioner|employee|worker|personnel|case|pso|po|colleague"],
            Description = "N were (or are) staff of a grade: a breakdown of the staff in post",
            Examples = ["Of those, 2,215 were probation officers and 1,480 were probation services officers."],
            NonExamples = ["Of those, 215 were trainee probation officers."],
        },
    ];

    [GeneratedRegex($@"^\s*(?:[\w-]+\s+){{0,2}}?{StaffNoun}\s+(?:are\s+|were\s+)?doing\s+the\s+work\s+of\b", Options)]
    private static partial Regex StaffInPostDoingWorkOfRight();

    [GeneratedRegex(@"\b(?:only|just|but)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffInPostOnlyFilledLeft();

    [GeneratedRegex($@"^\s*(?:{Gap}(?:{StaffNoun}\s+)?)?(?:were|are|was|is|had\s+been|have\s+been)\s+(?:actually\s+|currently\s+)?(?:filled|in\s+post)\b", Options)]
    private static partial Regex StaffInPostOnlyFilledRight();

    [GeneratedRegex($@"(?<!\b(?:shortfalls?|shortages?|deficits?|gaps?|vacancies|leavers|joiners|assaults?|attacks?|complaints?|resignations?|grievances?)\s+(?:in\s+|of\s+|on\s+|against\s+|by\s+|among\s+)?(?:the\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+){{0,3}})\b(?:number\s+of\s+)?(?:(?!(?:prison|shortfall|shortage|deficit|gap|vacanc|leav|join|start|train|new|agency|assault|sick)\w*\b)[\w-]+\s+){{0,3}}?(?<!\b(?:prison|custody|YOI)\s+)(?:officers|staff|PSOs|POs|practitioners|case\s+managers)\s+(?:in\s+post\s+)?(?:had\s+|has\s+|have\s+)?(?:risen|rose|fallen|fell|increased|decreased|grown|grew|dropped|gone|went)\s+(?:up\s+|down\s+)?(?:from|to)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffInPostChangeLeft();

    [GeneratedRegex($@"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,.]*|{NumberWord})\s+(?:[\w-]+\s+){{0,3}}?(?:posts|positions|roles)\s+{Verbs}(?:filled|occupied|in\s+post)\b", Options)]
    private static partial Regex StaffInPostOfPostsFilledRight();

    [GeneratedRegex($@"^{NotPrison}(?!\s*(?:[\w-]+\s+){{0,2}}?(?:additional|extra|more)\b)\s*(?:(?!(?:will|would|shall|to|should|could|must)\b)[\w’'()-]+\s+){{0,5}}?(?:(?:full[- ]time[- ]equivalent|FTE)\s+)?(?:{StaffNoun}\s+)?{Verbs}in\s+post\b", Options)]
    private static partial Regex StaffInPostInPostRight();

    [GeneratedRegex($@"\b(?:employ(?:s|ed|ing)?|(?<!\b(?:needs?|needed|requires?|required|target|aims?|wants?|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}})workforce\s+of|headcount\s+of|(?:staff|officers)\s+in\s+post\s+(?:was|were|stood\s+at|of|numbered|fell\s+to|rose\s+to|to|at)|in\s+post\s+(?:was|is|were|are|of|at|stood\s+at|fell\s+to|rose\s+to|to|down\s+to|up\s+to|(?:was|were)\s+put\s+at))\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffInPostEmploysLeft();

    [GeneratedRegex($@"(?<!\b(?:child|children|person|someone|individual|man|woman|boy|girl|victim)\s+(?:who\s+)?)\b(?:had|has|have|employ(?:s|ed|ing)?|there\s+(?:were|are|was|is)|(?<!\b(?:meetings?|met|spoke|interviews?|talked|consulted|sessions?|workshops?)\s+)with|only|just)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffInPostHadOfficersLeft();

    [GeneratedRegex(@"^\s*(?:(?:FTE|full[- ]time[- ]equivalent)\s+)?(?:qualified\s+|permanent\s+|experienced\s+)?(?:probation\s+officers|probation\s+services?\s+officers|POs|PSOs|practitioners|case\s+managers|staff|officers)\b(?!\s+(?:were\s+|are\s+|would\s+be\s+|is\s+)?(?:needed|required|short|missing|vacant|leaving|left|resigned|absent|off|due|in\s+training|to\s+qualify))", Options)]
    private static partial Regex StaffInPostHadOfficersRight();

    [GeneratedRegex($@"(?<!\b(?:child|children|person|someone|individual|man|woman|boy|girl|victim)\s+(?:who\s+)?)\b(?:there\s+(?:were|are|was|is)|employ(?:s|ed|ing)?|ha[sd]|have)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex StaffInPostNounPhraseLeft();

    [GeneratedRegex($@"^{NotTrainees}{NotPrison}\s*{NounMods}{StaffHead}{NotInPostTail}", Options)]
    private static partial Regex StaffInPostNounPhraseRight();

    [GeneratedRegex($@"^{NotTrainees}{NotPrison}\s*(?:FTE\s+)?(?:were|are)\s+{NounMods}{StaffHead}{NotInPostTail}", Options)]
    private static partial Regex StaffInPostWereStaffRight();
}
