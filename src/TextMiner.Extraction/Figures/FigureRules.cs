using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The figure rules in priority order: the first that matches a number decides its kind.</summary>
internal static class FigureRules
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    private const string Verbs = @"(?:were\s+|are\s+|was\s+|is\s+|remain(?:s|ed)?\s+|left\s+|still\s+|lying\s+|currently\s+|now\s+|being\s+)*";

    public static IReadOnlyList<FigureRule> All { get; } =
    [
        // Counts.
        Rule(FigureKinds.StaffRequired, NumberForm.Count, @"\b\d[\d,]*\s+of\s+(?:the|its|their)\s+$",
            $@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\b"),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null,
            $@"^\s*{Gap}(?:posts|positions|roles|jobs|{StaffNoun})\s+(?:that\s+|which\s+)?(?:the\s+|it\s+|they\s+)?(?:[\w-]+\s+){{0,2}}?(?:needs|requires|needed|required|should\s+have|is\s+funded\s+for|was\s+funded\s+for)\b"),
        Rule(FigureKinds.Vacancies, NumberForm.Count,
            @"\b(?:need(?:s|ed)?|require[sd]?|requiring|short\s+(?:of|by))\s+(?:at\s+least\s+|some\s+|around\s+|about\s+)?(?:another|a\s+further|an?\s+(?:extra|additional))\s+$",
            $@"^\s*{Gap}{StaffNoun}"),
        Rule(FigureKinds.Vacancies, NumberForm.Count,
            $@"\b(?:short\s+(?:of|by)|shortfall\s+of|shortage\s+of|need(?:s|ed)?|require[sd]?|requiring|lacks?|lacking|missing)\s+{Mods}$",
            $@"^\s*(?:more|additional|extra|further|{Gap}{StaffNoun}\s+short)\b"),
        Rule(FigureKinds.Vacancies, NumberForm.Count, @"\bshort\s+(?:of|by)\s+" + Mods + "$", $@"^\s*{Gap}{StaffNoun}"),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, $@"^\s*{Gap}{StaffNoun}\s+(?:short|below|fewer\s+than)\b"),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, @"\b(?:only|just|but)\s+$", $@"^\s*(?:{Gap}(?:{StaffNoun}\s+)?)?(?:were|are|was|is|had\s+been|have\s+been)\s+(?:actually\s+|currently\s+)?(?:filled|in\s+post)\b"),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null,
            $@"^\s*{Gap}(?:vacancies|(?:vacant|unfilled|empty)\s+(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies))\b"),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null,
            $@"^\s*{Gap}(?:posts|positions|roles|jobs|vacancies)\s+{Verbs}(?:unfilled|vacant|empty|open)\b"),
        Rule(FigureKinds.Vacancies, NumberForm.Count,
            $@"\b(?:vacancies|vacancy\s+(?:levels?|numbers?|count|total)|unfilled\s+posts|shortfall|shortage)\s+(?:[\w’'-]+\s+){{0,4}}?(?:of|at|to|was|were|is|are|stood\s+at|reached|numbered|totall?ed|hit|rose\s+to|fell\s+to)\s+{Mods}$",
            null),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, null,
            $@"^\s*{Gap}(?:(?:full[- ]time[- ]equivalent|FTE)\s+)?(?:{StaffNoun}\s+)?{Verbs}in\s+post\b"),
        Rule(FigureKinds.StaffInPost, NumberForm.Count,
            $@"\b(?:employ(?:s|ed|ing)?|workforce\s+of|headcount\s+of|(?:staff|officers)\s+in\s+post\s+(?:was|were|stood\s+at|of|numbered|fell\s+to|rose\s+to|to|at)|in\s+post\s+(?:was|of|stood\s+at|fell\s+to|rose\s+to|to|down\s+to|up\s+to))\s+{Mods}$",
            null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null,
            $@"^\s*{Gap}{StaffNoun}\s+(?:were\s+|are\s+|would\s+be\s+|is\s+|was\s+|will\s+be\s+)?(?:required|needed)\b"),
        Rule(FigureKinds.StaffRequired, NumberForm.Count,
            $@"\b(?:requirement|target|establishment|complement)\s+(?:[\w’'-]+\s+){{0,3}}?(?:of|was|is|stood\s+at|set\s+at|for)\s+{Mods}$",
            null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count,
            $@"\b(?:needs?|needed|requires?|required|requiring)\s+{Mods}$", $@"^\s*{Gap}{StaffNoun}"),
        Rule(FigureKinds.Caseload, NumberForm.Count,
            $@"\bcase\s?loads?\b[^.;:!?]{{0,40}}?\b(?:of|at|was|were|is|are|averag(?:e|es|ed|ing)(?:\s+of)?|stood\s+at|reached|rose\s+to|to|around|about|between|exceed(?:s|ed|ing)?|over|above|up\s+to|hit|had|with)\s+{Mods}$",
            null, maxValue: 999),
        Rule(FigureKinds.Caseload, NumberForm.Count, null,
            $@"^\s*(?:(?:active\s+|open\s+)?(?:cases|clients|offenders|people|individuals)\s+)(?:each|per|apiece|on\s+(?:their|his|her)\s+(?:caseload|books)|a\s+(?:head|worker|officer|practitioner))\b",
            maxValue: 999),
        Rule(FigureKinds.Caseload, NumberForm.Count,
            $@"\b(?:officers?|practitioners?|staff|workers|PSOs?|POs?|colleagues|members|managers|I|we|they|she|he|each)\s+(?:[\w’'-]+\s+){{0,2}}?(?:had|have|has|carry|carries|carrying|carried|hold|holds|holding|held|manag(?:e|es|ed|ing)|juggl(?:e|es|ed|ing)|with|supervis(?:e|es|ed|ing)|responsible\s+for)\s+{Mods}$",
            $@"^\s*{Gap}(?:cases|clients|offenders|people|individuals)\b", maxValue: 999),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count,
            $@"\b(?:supervis(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|overs(?:ee|ees|aw|eeing|een)|responsible\s+for(?:\s+(?:supervising|managing|overseeing))?|caseload\s+of|works?\s+with|working\s+with|deals?\s+with|dealing\s+with|handl(?:e|es|ed|ing)|total\s+of)\s+{Mods}$",
            $@"^\s*{Gap}{People}", minValue: 100),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count,
            $@"(?:supervis|manag|overs[ae]|responsib|caseload|books|probation\s+service|\bNPS\b|\bCRC)[^.!?]*$",
            @"^\s*(?:(?:[\w’'-]+\s+){0,2}?(?:offenders|people\s+on\s+probation|people\s+under\s+(?:its\s+|their\s+)?supervision|individuals\s+under\s+supervision|service\s+users|cases\s+under\s+supervision|supervisees|probationers)\b)",
            minValue: 1000),

        // Percentages and shares.
        Rule(FigureKinds.SicknessAbsence, NumberForm.PercentOrShare, null,
            @"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:staff|workforce|employees|officers|workers|people|practitioners|colleagues|members|days)\s+)?(?:were\s+|are\s+|was\s+|being\s+|currently\s+|lost\s+|off\s+)*(?:absent|off\s+sick|on\s+sick|sick|sickness|absence|off\s+work|to\s+sickness|through\s+sickness)"),
        Rule(FigureKinds.SicknessAbsence, NumberForm.Percent,
            $@"\b(?:sickness|absence|absent|off\s+sick)\b[^.;:!?%]{{0,60}}?\b(?:of|at|was|were|is|stood\s+at|reached|rose\s+to|to|around|hit|averag\w*)\s+{Mods}$",
            null),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, null,
            $@"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs|vacancies)\s+{Verbs}(?:vacant|unfilled|empty)|(?:{Gap})?(?:vacancy|vacancies|shortfall|understaff|under-staff|short[- ]staff|short\s+of\s+staff|below\s+(?:the\s+)?(?:required\s+)?(?:staffing|establishment)))"),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, null,
            $@"^\s*(?:[\w-]+\s+){{0,2}}?(?:posts|positions|roles|jobs)\s+{Verbs}(?:vacant|unfilled|empty)\b"),
        Rule(FigureKinds.VacancyRate, NumberForm.Percent,
            $@"\b(?:vacancy\s+rates?|vacancies|shortages?|shortfall|understaff\w*|under-staff\w*|short[- ]staff\w*|short\s+of\s+staff|staffing\s+gaps?|below\s+(?:full\s+)?(?:staffing|establishment)|vacant|unfilled)\b[^.;:!?%]{{0,60}}?{Mods}$",
            @"^(?!\s*of\b)"),
        Rule(FigureKinds.Workload, NumberForm.PercentOrShare, null,
            @"^\s*(?:(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+|NPS\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|people|workers|PSOs|POs|colleagues|members|employees)\b[^.;]*?(?:capacity|workload|\bWMT\b|over-?worked|(?:more\s+than|over|above|in\s+excess\s+of|beyond|at)\s+\d+\s*(?:%|per\s?cent))|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d+\s*(?:%|per\s?cent))"),
        Rule(FigureKinds.Workload, NumberForm.PercentOrShare, null,
            @"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|workers|PSOs|POs)\s+(?:were\s+|are\s+)?(?:over-?worked|overloaded|over\s+capacity)"),
        Rule(FigureKinds.Workload, NumberForm.Percent, null,
            @"^\s*(?:on|according\s+to|against|under|by)\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:workload|WMT|capacity|tool)\b"),
        Rule(FigureKinds.Workload, NumberForm.Percent, null,
            @"^\s*(?:of\s+(?:their|its|his|her|the|our|full|normal)?\s*(?:[\w-]+\s+)?capacity|capacity)"),
        Rule(FigureKinds.Workload, NumberForm.Percent,
            @"(?:workload|\bWMT\b|capacity|working\s+(?:at|over|above|in\s+excess\s+of|beyond))",
            @"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d|(?:of\s+)?(?:staff|officers|practitioners|people|workers)\b|were\b|are\b|had\b|have\b))"),
        Rule(FigureKinds.Workload, NumberForm.Percent, null,
            @"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d))[^.!?]{0,60}?\b(?:workload|\bWMT\b|capacity)"),
    ];

    private static FigureRule Rule(string kind, NumberForm form, string? left, string? right, double minValue = 0, double maxValue = double.MaxValue) =>
        new(kind, form, left is null ? null : new Regex(left, Options), right is null ? null : new Regex(right, Options), minValue, maxValue);
}
