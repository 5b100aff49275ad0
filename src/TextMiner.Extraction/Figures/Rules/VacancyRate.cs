using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The vacancy-rate rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] VacancyRateRules() =>
    [
        new("figures.vacancy-rate.of-posts-vacant", FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, VacancyRateOfPostsVacantRight())
        {
            Priority = 520,
            Triggers = ["vacan|unfilled|empty|shortfall|understaff|under-staff|short|below"],
            Description = "N% of posts vacant, N% vacancy or short-staffed",
            Examples = ["A quarter of posts were vacant in the division.", "The Fenwick division is 16% short of the probation officers it needs."],
        },
        new("figures.vacancy-rate.posts-vacant", FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, VacancyRatePostsVacantRight())
        {
            Priority = 530,
            Triggers = ["vacant|unfilled|empty"],
            Description = "a share of posts vacant",
            Examples = ["One in five probation officer posts in Denholm was unfilled."],
        },
        new("figures.vacancy-rate.of-staff-missing", FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, VacancyRateOfStaffMissingRight())
        {
            Priority = 540,
            Triggers = ["missing|vacant|unfilled|empty"],
            Description = "a share of its officers missing",
            Examples = ["A third of its officers are missing."],
        },
        new("figures.vacancy-rate.rate-of", FigureKinds.VacancyRate, NumberForm.Percent, VacancyRateRateOfLeft(), VacancyRateRateOfRight())
        {
            Priority = 550,
            Triggers = ["vacan|shortage|shortfall|understaff|under-staff|short|staffing|below|unfilled"],
            Description = "a vacancy rate or shortage of N%",
            Examples = ["The vacancy rate stood at 18 per cent."],
            NonExamples = ["In 18 per cent of cases inspected, the plan was not sufficient."],
        },
        new("figures.vacancy-rate.missing-share", FigureKinds.VacancyRate, NumberForm.PercentOrShare, VacancyRateMissingShareLeft(), VacancyRateMissingShareRight())
        {
            Priority = 560,
            Triggers = ["missing|short|without|lacking"],
            Description = "missing or short of a share of its staff",
            Examples = ["The team is missing a third of its officers."],
        },
    ];

    [GeneratedRegex($@"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies)\s+{Verbs}(?:vacant|unfilled|empty)|(?:{Gap})?(?:vacancy|vacancies|shortfall|understaff|under-staff|short[- ]staff|short\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:staff|officers|practitioners|workforce|PSOs|POs)\b|short\s*[.,;]|below\s+(?:the\s+|its\s+|their\s+)?(?:required\s+|target\s+)?(?:staffing|establishment|target|full\s+strength|complement|budgeted\s+levels?|required\s+levels?)))", Options)]
    private static partial Regex VacancyRateOfPostsVacantRight();

    [GeneratedRegex($@"^\s*(?:[\w-]+\s+){{0,4}}?(?:posts|positions|roles|jobs)\s+(?:\([^()]{{1,40}}\)\s*)?{Place}{Verbs}(?:vacant|unfilled|empty)\b", Options)]
    private static partial Regex VacancyRatePostsVacantRight();

    [GeneratedRegex(@"^\s*of\s+(?:your|its|their|the|our)\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|posts|workforce|practitioners)\s+(?:are\s+|were\s+|is\s+|being\s+)?(?:missing|vacant|unfilled|empty)\b", Options)]
    private static partial Regex VacancyRateOfStaffMissingRight();

    [GeneratedRegex($@"\b(?:vacancy\s+rates?|vacancies|shortages?|shortfall|understaff\w*|under-staff\w*|short[- ]staff\w*|short\s+of\s+staff|staffing\s+gaps?|below\s+(?:full\s+)?(?:staffing|establishment)|vacant|unfilled)\b[^.;:!?%]{{0,90}}?{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacancyRateRateOfLeft();

    [GeneratedRegex(@"^(?!\s*of\b)", Options)]
    private static partial Regex VacancyRateRateOfRight();

    [GeneratedRegex(@"\b(?:missing|short\s+of|without|lacking)\s+$", Options | RegexOptions.RightToLeft)]
    private static partial Regex VacancyRateMissingShareLeft();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:its|their|the|our)\s+(?:[\w-]+\s+){0,2}?(?:officers|staff|posts|workforce|practitioners|establishment)\b", Options)]
    private static partial Regex VacancyRateMissingShareRight();
}
