using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The vacancies rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] VacanciesRules() =>
    [
        new("figures.vacancies.additional-needed", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesAdditionalNeededRight())
        {
            Priority = 20,
            Triggers = ["additional|extra|more|further", "need|requir|short|missing"],
            Description = "additional or extra staff said to be needed or short",
            Examples = ["The branch wants funding for the 140 additional officers the area needs."],
        },
        new("figures.vacancies.needs-another", FigureKinds.Vacancies, NumberForm.Count, VacanciesNeedsAnotherLeft(), VacanciesNeedsAnotherRight())
        {
            Priority = 90,
            Triggers = ["need|requir|short", "another|further|extra|additional"],
            Description = "another or further staff needed",
            Examples = ["The office needs another 14 officers to cope."],
            NonExamples = ["The office needs another 14 days to finish the audit."],
        },
        new("figures.vacancies.needs-more", FigureKinds.Vacancies, NumberForm.Count, VacanciesNeedsMoreLeft(), VacanciesNeedsMoreRight())
        {
            Priority = 100,
            Triggers = ["short|need|requir|lack|missing"],
            Description = "short of or needing N more",
            Examples = ["The Westfold team is short of 9 more practitioners."],
        },
        new("figures.vacancies.short-of", FigureKinds.Vacancies, NumberForm.Count, VacanciesShortOfLeft(), VacanciesShortOfRight())
        {
            Priority = 110,
            Triggers = ["short"],
            Description = "short of or by N staff",
            Examples = ["The service is short of about 1,300 probation officers."],
            NonExamples = ["The service is short of about 1,300 pounds."],
        },
        new("figures.vacancies.staff-short", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesStaffShortRight())
        {
            Priority = 120,
            Triggers = ["short|below|fewer"],
            Description = "N staff short or below",
            Examples = ["The Ardley office was 6 officers short all winter."],
        },
        new("figures.vacancies.staff-down", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesStaffDownRight())
        {
            Priority = 130,
            Triggers = ["down"],
            Description = "N staff down",
            Examples = ["The court team was 7 staff down for most of the year."],
        },
        new("figures.vacancies.short-of-target", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesShortOfTargetRight())
        {
            Priority = 75,
            Triggers = ["short|below|under|fewer"],
            Description = "N short of or below the target or establishment",
            Examples = ["There were 2,870 probation officers in post, 640 short of the target.", "By March the Kestrel region had 310 fewer probation officers than it needed."],
            NonExamples = ["The Kestrel region had 310 fewer probation officers than in 2019."],
        },
        new("figures.vacancies.down-by", FigureKinds.Vacancies, NumberForm.Count, VacanciesDownByLeft(), VacanciesDownByRight())
        {
            Priority = 150,
            Triggers = ["down"],
            Description = "down N staff",
            Examples = ["In Pellow, where the office has been down three officers since spring, morale is low."],
        },
        new("figures.vacancies.noun", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesNounRight())
        {
            Priority = 200,
            Triggers = ["vacan|unfilled|empty"],
            Description = "N vacancies or vacant posts",
            Examples = ["At the time of the inspection, the Southdown division had 85 vacancies."],
            NonExamples = ["The division advertised posts in 85 newspapers."],
        },
        new("figures.vacancies.posts-unfilled", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesPostsUnfilledRight())
        {
            Priority = 210,
            Triggers = ["unfilled|vacant|empty|open"],
            Description = "N posts unfilled or vacant",
            Examples = ["Across the region, 37 posts remained unfilled."],
        },
        new("figures.vacancies.of-posts-empty", FigureKinds.Vacancies, NumberForm.Count, null, VacanciesOfPostsEmptyRight())
        {
            Priority = 220,
            Triggers = ["vacant|unfilled|empty"],
            Description = "N of the T posts empty or vacant",
            Examples = ["Five of the unit's 18 case worker posts were vacant."],
        },
        new("figures.vacancies.noun-of", FigureKinds.Vacancies, NumberForm.Count, VacanciesNounOfLeft(), null)
        {
            Priority = 250,
            Triggers = ["vacanc|unfilled|shortfall|shortage|deficit"],
            Description = "vacancies or shortfall stated as N",
            Examples = ["The shortfall, 1,210 FTE, was the largest for a decade."],
            NonExamples = ["The shortfall in funding was the largest for a decade."],
        },
    ];

    [GeneratedRegex($@"^\s*(?:additional|extra|more|further)\s+(?:[\w-]+\s+)?{StaffNoun}\b[^.;]*?\b(?:needs|needed|required|requires|short|missing)\b", Options)]
    private static partial Regex VacanciesAdditionalNeededRight();

    [GeneratedRegex(@"\b(?:need(?:s|ed)?|require[sd]?|requiring|short\s+(?:of|by))\s+(?:at\s+least\s+|some\s+|around\s+|about\s+)?(?:another|a\s+further|an?\s+(?:extra|additional))\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacanciesNeedsAnotherLeft();

    [GeneratedRegex($@"^\s*{Gap}{StaffNoun}", Options)]
    private static partial Regex VacanciesNeedsAnotherRight();

    [GeneratedRegex($@"\b(?:short\s+(?:of|by)|shortfall\s+of|shortage\s+of|need(?:s|ed)?|require[sd]?|requiring|lacks?|lacking|missing)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacanciesNeedsMoreLeft();

    [GeneratedRegex($@"^\s*(?:more|additional|extra|further|{Gap}{StaffNoun}\s+short)\b", Options)]
    private static partial Regex VacanciesNeedsMoreRight();

    [GeneratedRegex(@"\bshort\s+(?:of|by)\s+" + BeforeHedges, Options | RegexOptions.RightToLeft)]
    private static partial Regex VacanciesShortOfLeft();

    [GeneratedRegex($@"^\s*{Gap}{StaffNoun}", Options)]
    private static partial Regex VacanciesShortOfRight();

    [GeneratedRegex($@"^\s*{Gap}{StaffNoun}\s+(?:short|below|fewer\s+than)\b", Options)]
    private static partial Regex VacanciesStaffShortRight();

    [GeneratedRegex($@"^\s*(?:[\w-]+\s+){{0,2}}?{StaffNoun}\s+down\b", Options)]
    private static partial Regex VacanciesStaffDownRight();

    [GeneratedRegex($@"^\s*(?:FTE\s+)?(?:short\s+of|below|under|fewer\s+(?:{NounMods}(?:officers|staff|practitioners|PSOs|POs|posts|FTEs?|employees|workers|case\s+managers)\s+)?than)\s+(?:the\s+|its\s+|their\s+|(?:it|they|he|she|the\s+\w+)\s+(?:had\s+|has\s+|have\s+)?)?(?:target|planned|budgeted|funded|establishment|requirement|complement|required\s+level|number\s+(?:it|they|the\s+\w+)\s+needs?|number\s+(?:needed|required)|required\b|needed\b|needs?\b|requires?\b|should\s+(?:have|be)\b|ought\s+to\s+(?:have|be)\b)", Options)]
    private static partial Regex VacanciesShortOfTargetRight();

    [GeneratedRegex(@"\bdown\s+(?:by\s+)?$", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacanciesDownByLeft();

    [GeneratedRegex($@"^\s*{Gap}{StaffNoun}\b", Options)]
    private static partial Regex VacanciesDownByRight();

    [GeneratedRegex($@"^\s*{Gap}(?:vacancies|vacancy(?!\s+(?:rate|level|factor))|(?:vacant|unfilled|empty)\s+(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies))\b", Options)]
    private static partial Regex VacanciesNounRight();

    [GeneratedRegex($@"^\s*{Gap}(?:posts|positions|roles|jobs|vacancies)\s+{Place}{Verbs}(?:unfilled|vacant|empty|open)\b", Options)]
    private static partial Regex VacanciesPostsUnfilledRight();

    [GeneratedRegex($@"^\s*of\s+(?:the\s+[\w-]+(?:’s|'s)|the|its|their|all|our)\s+(?:\d[\d,.]*|{NumberWord})\s+(?:[\w-]+\s+){{0,4}}?(?:posts|positions|roles|jobs)\s+{Place}{Verbs}(?:vacant|unfilled|empty)\b", Options)]
    private static partial Regex VacanciesOfPostsEmptyRight();

    [GeneratedRegex($@"\b(?:(?:shortfall|shortage)\s*[,:–—]\s*{BeforeHedges})|\b(?:vacancies|vacancy\s+(?:levels?|numbers?|count|total)|unfilled\s+posts|shortfall|shortage|deficit)\s+(?:(?!(?:establishment|target|requirement|complement|budget)\b)[\w’'-]+\s+){{0,4}}?(?:of|at|to|was|were|is|are|stood\s+at|reached|numbered|totall?ed|hit|rose\s+to|fell\s+to)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacanciesNounOfLeft();
}
