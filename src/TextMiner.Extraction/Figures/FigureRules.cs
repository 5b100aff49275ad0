using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using static TextMiner.Extraction.Figures.FigurePatterns;

namespace TextMiner.Extraction.Figures;

/// <summary>The figure rules in priority order: the first that matches a number decides its kind.</summary>
internal static partial class FigureRules
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Verbs = @"(?:were\s+|are\s+|was\s+|is\s+|remain(?:s|ed)?\s+|left\s+|still\s+|lying\s+|currently\s+|now\s+|being\s+)*";

    public static IReadOnlyList<FigureRule> All { get; } =
    [
        // Counts.
        Rule(FigureKinds.Caseload, NumberForm.Count, null, Right16(), maxValue: 999),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right36()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null, Right57()),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, null, Right59()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left59(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left0(), Right0()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left49(), Right49()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null, Right1()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, Left2(), Right2()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, Left3(), Right3()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, Left4(), Right4()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right5()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right35()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right50()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, Left44(), Right44()),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, Left6(), Right6()),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, Left60(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null, Right62()),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, null, Right48()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right7()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right8()),
        Rule(FigureKinds.Vacancies, NumberForm.Count, null, Right33()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left55(), Right55()),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left56(), null, maxValue: 250),
        Rule(FigureKinds.Vacancies, NumberForm.Count, Left9(), null),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, null, Right10()),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, Left11(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, null, Right12()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left13(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left34(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left52(), Right14()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left63(), null),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left53(), null),
        Rule(FigureKinds.StaffInPost, NumberForm.Count, Left32(), Right32()),
        Rule(FigureKinds.StaffRequired, NumberForm.Count, Left14(), Right14()),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left15(), null, maxValue: 999),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left17(), Right17(), maxValue: 999),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left31(), Right31(), maxValue: 250),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left38(), NoNoun(), maxValue: 250),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left39(), NoNoun(), maxValue: 250),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left45(), NoNoun(), maxValue: 250),
        Rule(FigureKinds.Caseload, NumberForm.Count, Left40(), Right40(), maxValue: 250),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left18(), Right37(), minValue: 10),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left18(), Right18(), minValue: 100),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left19(), Right19(), minValue: 1000),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left46(), null, minValue: 1000),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left47(), Right19(), minValue: 50),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, null, Right51(), minValue: 100),
        Rule(FigureKinds.PeopleSupervised, NumberForm.Count, Left61(), null, minValue: 100),

        // Percentages and shares.
        Rule(FigureKinds.SicknessAbsence, NumberForm.PercentOrShare, null, Right20()),
        Rule(FigureKinds.SicknessAbsence, NumberForm.Percent, Left21(), null),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, Right22()),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, Right23()),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, null, Right58()),
        Rule(FigureKinds.VacancyRate, NumberForm.Percent, Left24(), Right24()),
        Rule(FigureKinds.VacancyRate, NumberForm.PercentOrShare, Left43(), Right43()),
        Rule(FigureKinds.Workload, NumberForm.PercentOrShare, null, Right25()),
        Rule(FigureKinds.Workload, NumberForm.PercentOrShare, null, Right26()),
        Rule(FigureKinds.Workload, NumberForm.Percent, null, Right27()),
        Rule(FigureKinds.Workload, NumberForm.Percent, null, Right28()),
        Rule(FigureKinds.Workload, NumberForm.Percent, Left29(), Right29()),
        Rule(FigureKinds.Workload, NumberForm.PercentOrShare, null, Right30()),
        Rule(FigureKinds.Workload, NumberForm.Percent, Left41(), null),
        Rule(FigureKinds.Workload, NumberForm.Percent, Left54(), Right42()),
        Rule(FigureKinds.Workload, NumberForm.Percent, Left42(), Right42()),
    ];

    private static FigureRule Rule(string kind, NumberForm form, Regex? left, Regex? right, double minValue = 0, double maxValue = double.MaxValue) =>
        new(kind, form, left, right, minValue, maxValue);
}
