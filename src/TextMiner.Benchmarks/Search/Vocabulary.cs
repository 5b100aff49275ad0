namespace TextMiner.Benchmarks.Search;

/// <summary>Words and phrases of probation inspection reports and union releases, for the generated benchmark corpus.</summary>
internal static class Vocabulary
{
    public static readonly string[] Areas =
    [
        "London", "Kent", "Surrey", "Sussex", "Suffolk", "Norfolk", "Essex", "Wales", "Yorkshire", "Durham", "Cumbria",
        "Lancashire", "Merseyside", "Cheshire", "Avon", "Somerset", "Devon", "Cornwall", "Dorset", "Hampshire",
        "Northumbria", "Humberside", "Derbyshire", "Leicestershire", "Nottinghamshire", "Staffordshire", "Warwickshire",
    ];

    public static readonly string[] Subjects =
    [
        "Inspectors", "Probation officers", "Senior leaders", "The Chief Inspector", "Napo members", "Case managers",
        "Victim liaison officers", "Middle managers", "Probation service officers", "The inspection team", "Union representatives",
        "Staff in the probation delivery unit", "The Community Rehabilitation Company", "The National Probation Service",
    ];

    public static readonly string[] Verbs =
    [
        "found that", "reported that", "raised concerns that", "noted that", "told us that", "warned that",
        "were clear that", "acknowledged that", "highlighted that", "were worried that",
    ];

    public static readonly string[] Clauses =
    [
        "caseloads were too high for safe practice",
        "risk of harm assessments were not completed on time",
        "the CRC had not recruited enough qualified staff",
        "work with victims was not good enough",
        "the workload measurement tool showed staff working at {n}% of capacity",
        "there were {n} vacancies across the division",
        "unpaid work placements were delayed or cancelled",
        "MAPPA arrangements worked well with police partners",
        "OASys assessments lacked analysis of domestic abuse",
        "training for newly qualified officers was inconsistent",
        "the facilities management contract failed to deliver repairs",
        "pre-sentence reports were timely and well informed",
        "sickness absence had risen to {n}% in the last year",
        "leaders had a clear strategy for unification",
        "people on probation did not get the interventions they needed",
        "accommodation on release from prison remained a serious problem",
        "safeguarding checks with children's social care were missed",
        "agency staff covered {n} posts in the region",
        "the IT systems were unreliable and slowed case recording",
        "serious further offence reviews were completed thoroughly",
        "approved premises beds were in short supply",
        "staff morale was low after years of pay restraint",
        "the quality of supervision had improved since the last inspection",
        "women on probation had access to specialist services",
        "Transforming Rehabilitation had fragmented the service",
        "court work was rated good and advice to courts was sound",
        "the electronic monitoring contract caused delays",
        "contact with people under supervision was often by telephone",
    ];

    public static readonly string[] Speakers =
    [
        "Justin Russell", "Glenys Stacey", "Ian Lawrence", "Katie Lomas", "Martin Jones", "Tania Bassett", "Amanda Smith",
    ];

    public static readonly string[] QueryTerms =
    [
        "caseloads", "victims", "vacancies", "workload", "training", "accommodation", "safeguarding", "leaders",
        "recruitment", "supervision", "contract", "morale", "interventions", "assessments", "repairs", "court",
        "unification", "women", "telephone", "capacity", "agency", "sickness", "monitoring", "premises",
    ];

    public static readonly string[] QueryPhrases =
    [
        "\"risk of harm\"", "\"unpaid work\"", "\"domestic abuse\"", "\"people on probation\"", "\"pay restraint\"",
        "\"facilities management contract\"", "\"approved premises\"", "\"serious further offence\"",
    ];

    public static readonly string[] Acronyms = ["CRC", "NPS", "MAPPA", "OASys", "SFO", "AP", "HMIP", "TR", "WMT", "PDU"];
}
