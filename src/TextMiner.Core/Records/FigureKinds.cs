namespace TextMiner.Core.Records;

/// <summary>The figure kinds of DESIGN.md.</summary>
public static class FigureKinds
{
    public const string Vacancies = "vacancies";
    public const string VacancyRate = "vacancy-rate";
    public const string StaffInPost = "staff-in-post";
    public const string StaffRequired = "staff-required";
    public const string Caseload = "caseload";
    public const string Workload = "workload";
    public const string SicknessAbsence = "sickness-absence";
    public const string PeopleSupervised = "people-supervised";

    public static IReadOnlyList<string> All { get; } =
        [Vacancies, VacancyRate, StaffInPost, StaffRequired, Caseload, Workload, SicknessAbsence, PeopleSupervised];
}
