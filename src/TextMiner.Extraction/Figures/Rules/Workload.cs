using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The workload rules: left patterns match right to left from the number, right patterns from just after it.</summary>
internal static partial class FigureRules
{
    private static FigureRule[] WorkloadRules() =>
    [
        new("figures.workload.share-of-staff", FigureKinds.Workload, NumberForm.PercentOrShare, null, WorkloadShareOfStaffRight())
        {
            Priority = 570,
            Triggers = ["capacity|workload|wmt|over|more|above|excess|beyond|at"],
            Description = "a share of staff over capacity or a workload percentage",
            Examples = ["The union found seven out of 10 officers over-worked."],
            NonExamples = ["Seven out of 10 probation staff were female."],
        },
        new("figures.workload.share-overworked", FigureKinds.Workload, NumberForm.PercentOrShare, null, WorkloadShareOverworkedRight())
        {
            Priority = 580,
            Triggers = ["over"],
            Description = "a share of staff overworked",
            Examples = ["Half of the staff were overloaded, the survey found."],
        },
        new("figures.workload.on-tool", FigureKinds.Workload, NumberForm.Percent, null, WorkloadOnToolRight())
        {
            Priority = 590,
            Triggers = ["workload|wmt|capacity|tool"],
            Description = "N% on the workload measurement tool",
            Examples = ["Her team was at 135% on the workload tool."],
        },
        new("figures.workload.of-capacity", FigureKinds.Workload, NumberForm.Percent, null, WorkloadOfCapacityRight())
        {
            Priority = 600,
            Triggers = ["capacity|caseload|case"],
            Description = "N% of capacity",
            Examples = ["Many staff were working at 140% of their capacity."],
        },
        new("figures.workload.workload-at", FigureKinds.Workload, NumberForm.Percent, WorkloadWorkloadAtLeft(), WorkloadWorkloadAtRight())
        {
            Priority = 610,
            Triggers = ["workload|wmt|capacity|working"],
            Description = "workload or capacity … N%",
            Examples = ["The WMT figures showed 115%, 125% and even 150% in some teams."],
        },
        new("figures.workload.then-workload", FigureKinds.Workload, NumberForm.PercentOrShare, null, WorkloadThenWorkloadRight())
        {
            Priority = 620,
            Triggers = ["workload|wmt|capacity"],
            Description = "N% … workload or capacity",
            Examples = ["Officers said 125% was now a normal workload reading."],
        },
        new("figures.workload.put-at", FigureKinds.Workload, NumberForm.Percent, WorkloadPutAtLeft(), null)
        {
            Priority = 630,
            Triggers = ["had|put|show|placed|places|placing|rated|has", "at"],
            Description = "the tool had or put someone at N%",
            Examples = ["It had me at 92 per cent last month."],
        },
        new("figures.workload.person-at", FigureKinds.Workload, NumberForm.Percent, WorkloadPersonAtLeft(), NotOfEstablishment())
        {
            Priority = 640,
            Triggers = ["at"],
            Description = "I am or they are at N%",
            Examples = ["“It says I'm at 131 per cent.”"],
        },
        new("figures.workload.running-at", FigureKinds.Workload, NumberForm.Percent, WorkloadRunningAtLeft(), NotOfEstablishment())
        {
            Priority = 650,
            Triggers = ["running|operating|working"],
            Description = "running, operating or working at N%",
            Examples = ["The team has been running at 128 per cent for months."],
        },
    ];

    [GeneratedRegex(@"^\s*(?:(?:of\s+)?(?:the\s+|all\s+|its\s+|their\s+|NPS\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|people|workers|PSOs|POs|colleagues|members|employees)\b[^.;]*?(?:capacity|workload|\bWMT\b|over-?worked|(?:more\s+than|over|above|in\s+excess\s+of|beyond|at)\s+\d+\s*(?:%|per\s?cent))|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d+\s*(?:%|per\s?cent))", Options)]
    private static partial Regex WorkloadShareOfStaffRight();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:staff|officers|practitioners|workers|PSOs|POs)\s+(?:were\s+|are\s+)?(?:over-?worked|overloaded|over\s+capacity)", Options)]
    private static partial Regex WorkloadShareOverworkedRight();

    [GeneratedRegex(@"^\s*(?:on|according\s+to|against|under|by)\s+(?:the\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:workload|WMT|capacity|tool)\b", Options)]
    private static partial Regex WorkloadOnToolRight();

    [GeneratedRegex(@"^\s*(?:of\s+(?:their|its|his|her|the|our|full|normal)?\s*(?:[\w-]+\s+)?capacity|capacity|of\s+(?:an?|the|their|its|his|her|our|my)?\s*(?:normal|usual|standard|full|average|reasonable|safe|recommended)\s+case\s?load)", Options)]
    private static partial Regex WorkloadOfCapacityRight();

    [GeneratedRegex(@"(?:workload|\bWMT\b|capacity|working\s+(?:at|over|above|in\s+excess\s+of|beyond))", Options | RegexOptions.RightToLeft)]
    private static partial Regex WorkloadWorkloadAtLeft();

    [GeneratedRegex(@"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d|(?:of\s+)?(?:staff|officers|practitioners|people|workers)\b|were\b|are\b|had\b|have\b))", Options)]
    private static partial Regex WorkloadWorkloadAtRight();

    [GeneratedRegex(@"^(?!\s*(?:of\b|(?:more\s+than|over|above|in\s+excess\s+of|beyond)\s+\d))[^.!?]{0,60}?\b(?:workload|\bWMT\b|capacity)", Options)]
    private static partial Regex WorkloadThenWorkloadRight();

    [GeneratedRegex($@"\b(?:had|put|puts|putting|showed|shows|placed|places|placing|rated|has)\s+(?:me|us|him|her|them|staff|officers|practitioners|colleagues|(?:my|our|the|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?team)\s+at\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex WorkloadPutAtLeft();

    [GeneratedRegex($@"\b(?:I'm|I’m|I\s+am|we're|we’re|we\s+are|they're|they’re|they\s+are|he's|he’s|she's|she’s|he\s+is|she\s+is|(?:some|many|most|others|several|colleagues|officers|staff)\s+(?:are|were))\s+(?:now\s+|currently\s+|running\s+|working\s+)?at\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex WorkloadPersonAtLeft();

    [GeneratedRegex($@"\b(?:running|operating|working)\s+at\s+{BeforeHedges}", Options | RegexOptions.RightToLeft)]
    private static partial Regex WorkloadRunningAtLeft();
}
