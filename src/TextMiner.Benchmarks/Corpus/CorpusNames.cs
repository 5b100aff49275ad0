namespace TextMiner.Benchmarks.Corpus;

/// <summary>Invented people (no real names) and the fixed words of the generated corpus's findings sentences.</summary>
internal static class CorpusNames
{
    public static readonly string[] FirstNames =
    [
        "Tamsin", "Corin", "Maren", "Ottilie", "Perrin", "Idris", "Wenna", "Hollis", "Elspeth", "Jory", "Senara", "Lowen",
        "Demelza", "Tobiah", "Rosenwyn", "Ansel", "Ysolde", "Caradoc", "Merryn", "Bastian",
    ];

    public static readonly string[] LastNames =
    [
        "Orrell", "Halvey", "Quenby", "Tresize", "Maddick", "Penhallow", "Ashdown", "Cardew", "Renshaw", "Vellacott",
        "Trevaskis", "Polglase", "Kitto", "Brannock", "Yeoland", "Chegwidden", "Rosewarne", "Nankivell", "Jelbert", "Tonkin",
    ];

    public static readonly string[] Grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"];

    /// <summary>Domains rated in inspections, as the report names them and as the extractor's aspect.</summary>
    public static readonly string[] Domains = ["Court work", "Work with victims", "Unpaid work", "Resettlement work"];

    public static readonly string[] UnionRoles = ["branch secretary", "national official", "branch chair", "health and safety rep"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Headings =
    [
        "Overall findings", "Leadership", "Staffing and workloads", "Assessment and planning", "Keeping people safe",
        "Work with partners", "Recommendations", "Background", "What happens next", "The inspection",
    ];
}
