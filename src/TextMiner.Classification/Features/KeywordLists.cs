namespace TextMiner.Classification.Features;

/// <summary>
/// The keyword baseline's hand-written lists, one per theme, from the "covers" column of DESIGN.md's theme table
/// (plus the obvious inflections). A keyword matches at word starts, case-insensitively; "*" ends a prefix.
/// </summary>
public static class KeywordLists
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByTheme { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["victim-contact"] = ["victim*", "victim contact scheme", "victim liaison", "restorative"],
        ["staffing"] = ["vacanc*", "recruit*", "retention", "retain staff", "attrition", "agency staff", "temporary staff",
            "staff numbers", "staffing", "sickness absence", "understaffed", "short-staffed", "staff shortage*"],
        ["workload"] = ["caseload*", "workload*", "capacity", "stress*", "burnout", "burn-out", "excessive hours",
            "long hours", "overtime"],
        ["public-protection"] = ["risk of harm", "risk management", "manage risk", "managing risk", "safeguarding",
            "domestic abuse", "child protection", "mappa", "serious further offence*", "public protection", "protect the public"],
        ["privatisation"] = ["transforming rehabilitation", "crc", "crcs", "community rehabilitation compan*", "private provider*",
            "privatis*", "privatiz*", "contract*", "unification", "public ownership", "renationalis*"],
        ["training"] = ["training", "trained", "learning and development", "induction", "professional qualification",
            "pqip", "development"],
        ["estates"] = ["premises", "facilities management", "repairs", "office*", "cctv", "approved premises", "beds",
            "building*", "estate*"],
        ["leadership"] = ["leader*", "leadership", "management", "managers", "governance", "strategy", "strategic",
            "oversight", "accountab*", "culture"],
        ["court-work"] = ["court*", "pre-sentence report*", "psr*", "advice to court*", "sentenc*", "magistrates"],
        ["rehabilitation"] = ["desistance", "intervention*", "accommodation", "resettlement", "unpaid work",
            "reoffending", "re-offending", "rehabilitat*", "programmes"],
        ["pay-and-conditions"] = ["pay", "salar*", "terms and conditions", "industrial action", "dispute*", "pension*",
            "negotiat*", "strike*", "ballot*"],
        ["technology"] = ["it system*", "ict", "digital", "case management system*", "computer*", "software", "laptop*",
            "ndelius", "oasys"],
        ["equality-diversity"] = ["women", "female", "ethnic*", "bame", "black", "gender", "disabilit*", "disabled",
            "protected characteristic*", "diversity", "equality", "racis*", "discriminat*"],
    };
}
