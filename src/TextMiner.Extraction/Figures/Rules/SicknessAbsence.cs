using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The sickness-absence rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] SicknessAbsenceRules() =>
    [
        new("figures.sickness-absence.of-staff-sick", FigureKinds.SicknessAbsence, NumberForm.PercentOrShare, null, SicknessAbsenceOfStaffSickRight())
        {
            Priority = 500,
            Triggers = ["absent|sick|absence|off"],
            Description = "N% of staff absent or off sick",
            Examples = ["More than 8 per cent of staff were absent through sickness."],
        },
        new("figures.sickness-absence.rate-of", FigureKinds.SicknessAbsence, NumberForm.Percent, SicknessAbsenceRateOfLeft(), null)
        {
            Priority = 510,
            Triggers = ["sickness|absence|absent|sick"],
            Description = "sickness absence of, at or reaching N%",
            Examples = ["Our sickness rate is now 7 per cent."],
        },
    ];

    [GeneratedRegex(@"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:staff|workforce|employees|officers|workers|people|practitioners|colleagues|members|days)\s+)?(?:were\s+|are\s+|was\s+|being\s+|currently\s+|lost\s+|off\s+)*(?:absent|off\s+sick|on\s+sick|sick|sickness|absence|off\s+work|to\s+sickness|through\s+sickness)", Options)]
    private static partial Regex SicknessAbsenceOfStaffSickRight();

    [GeneratedRegex($@"\b(?:sickness|absence|absent|off\s+sick)\b[^.;:!?%]{{0,60}}?\b(?:of|at|was|were|is|stood\s+at|reached|rose\s+to|to|around|hit|averag\w*|approaching|nearing|above|over|exceed\w*)\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex SicknessAbsenceRateOfLeft();
}
