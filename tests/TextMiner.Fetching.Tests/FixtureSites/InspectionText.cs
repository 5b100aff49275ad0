using System.Globalization;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Paragraphs in the manner of an HMIP inspection report, varied by area, grade and figures.</summary>
internal static class InspectionText
{
    public static IReadOnlyList<string> Report(string area, string rating, int vacancies, int vacancyRate, int caseload, int domesticAbuse, string chief, string quote)
    {
        var c = CultureInfo.InvariantCulture;
        return
        [
            string.Create(c, $"This report sets out the findings of our inspection of {area}. We inspected the quality of work in a sample of cases, and interviewed probation practitioners, middle managers and senior leaders. Overall, {area} was rated as '{rating}'."),
            string.Create(c, $"Staffing remained the most pressing problem. At the time of the inspection there were {vacancies} vacancies for probation officers and probation services officers, a vacancy rate of {vacancyRate} per cent. Practitioners told us that they held an average of {caseload} cases each, and many described workloads that they could not manage safely."),
            string.Create(c, $"Work to keep people safe was not good enough. Domestic abuse enquiries had been made with the police at the start of the sentence in only {domesticAbuse} per cent of the cases we inspected, and child safeguarding checks were frequently missing or late. Too few risk management plans were reviewed when circumstances changed."),
            $"Leaders had a clear vision for the service and were visible to staff, but oversight of the quality of casework was limited. Accommodation, employment and substance misuse services for people on probation were not always available when they were needed.",
            $"{chief} said: \"{quote}\"",
            "We have made a number of recommendations to the regional probation director and to HM Prison and Probation Service, which we expect to see acted upon before our next inspection.",
        ];
    }

    public static IReadOnlyList<string> Thematic(string subject, int cases, string finding, string chief, string quote) =>
    [
        string.Create(CultureInfo.InvariantCulture, $"This thematic inspection examined {subject}. We reviewed {cases} cases across six probation delivery units and spoke with people on probation, practitioners, managers and partner agencies."),
        finding,
        "Training for practitioners was inconsistent. Many staff had not completed the mandatory learning on this subject, and newly qualified officers told us that they did not feel confident in this area of work.",
        $"{chief} said: \"{quote}\"",
        "Our recommendations are addressed to the Ministry of Justice and to HM Prison and Probation Service.",
    ];
}
