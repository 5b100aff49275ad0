namespace TextMiner.Extraction.Quotes;

/// <summary>Vocabulary for telling names from titles, roles and organisations in a speaker phrase.</summary>
internal static class SpeakerWords
{
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dame", "sir", "mr", "mrs", "ms", "miss", "mx", "dr", "lord", "baroness", "lady", "professor", "prof", "cllr",
        "councillor", "rt", "hon", "rev", "reverend", "judge",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "i", "we", "it", "him", "her",
    };

    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "inspector", "inspectors", "secretary", "general", "assistant", "deputy", "chair", "chairman",
        "chairwoman", "chairperson", "co-chair", "vice", "president", "officer", "officers", "director", "minister",
        "head", "spokesperson", "spokesman", "spokeswoman", "executive", "lead", "manager", "managers", "official",
        "organiser", "leader", "member", "members", "governor", "commissioner", "chancellor", "mp", "mep", "shadow",
        "justice", "national", "regional", "senior", "principal", "acting", "interim", "former", "current", "new",
        "outgoing", "incoming", "probation", "union", "service", "services", "of", "for", "the", "and", "in", "at",
        "on", "branch", "professional", "policy", "communications", "press", "media", "campaigns", "legal", "rep",
        "representative", "negotiator", "state", "home", "prisons", "prison", "public", "community", "rehabilitation",
        "company", "trust", "association", "trade", "board", "committee", "council", "parliament", "parliamentary",
        "labour", "conservative", "liberal", "democrat", "party", "watchdog", "inspectorate", "hm", "her", "his",
        "majesty’s", "majesty's", "napo", "ministry", "unison", "agency", "department", "office", "unit", "team",
        "group", "division", "a", "an", "its", "our", "their", "one", "two", "three", "another", "some", "many",
        "worker", "workers", "staff", "practitioner", "practitioners", "source", "spokesperson", "insider", "report",
        "magazine", "statement", "in", "london", "wales", "england", "uk", "british", "government", "during", "speaking",
        "however", "but", "and", "then", "also", "meanwhile", "commenting", "responding", "today", "yesterday",
        "last", "this", "that", "these", "those", "when", "after", "before", "while", "as", "chairs", "ceo", "founder",
        "coordinator", "co-ordinator", "adviser", "advisor", "lecturer", "researcher", "editor", "correspondent",
        "victim", "victims", "campaigner", "campaigners", "centre", "center", "institute", "foundation", "charity",
        "reform", "howard", "league", "asked", "speaking", "responding", "commenting", "writing", "according", "addressing", "reacting", "welcoming",
        "what", "why", "how", "where", "who", "which", "whose", "contact", "share", "follow", "related", "tags", "posted",
        "among", "amongst", "despite", "within", "without", "under", "through", "read", "download", "notes", "editors", "enquiries", "us", "news", "home", "page", "more", "latest", "penal", "justice’s", "napo’s", "union’s", "service’s", "inspectorate’s",
    };

    /// <summary>Words after which capitalised words are a place or body, not a person: "a member in the North West".</summary>
    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "from", "at", "across", "near", "within", "covering", "for", "of", "based",
    };

    /// <summary>Words opening an indefinite description ("one officer", "a member"): an anonymous speaker, never a named holder of the role.</summary>
    public static readonly HashSet<string> Indefinites = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "one", "another", "some", "two", "three", "several", "many",
    };

    /// <summary>Heads of speaker phrases that name a document or a body rather than a person ("the report", "the Ministry of Justice").</summary>
    public static readonly HashSet<string> NonPersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "reports", "inspection", "inspectorate", "inquiry", "review", "study", "survey", "committee", "ministry",
        "department", "government", "union", "watchdog", "letter", "statement", "council", "trust", "service", "board",
        "agency", "charity", "organisation", "company", "inspectors", "moj", "hmip", "napo", "unison", "findings",
    };

    public static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "inspector", "inspectors", "secretary", "chair", "chairman", "chairwoman", "chairperson", "president",
        "officer", "officers", "director", "minister", "head", "spokesperson", "spokesman", "spokeswoman",
        "executive", "lead", "manager", "managers", "official", "organiser", "leader", "member", "members",
        "governor", "commissioner", "chancellor", "mp", "rep", "representative", "negotiator", "worker", "workers",
        "practitioner", "practitioners", "staff", "source", "insider", "ceo", "founder", "coordinator", "adviser",
        "advisor", "lecturer", "researcher", "editor", "correspondent", "victim", "campaigner", "mother", "father",
        "woman", "man", "colleague", "employee", "psychologist", "manager’s", "inspectorate", "watchdog", "union",
        "napo", "government", "ministry", "spokesperson’s", "judge", "magistrate", "chief", "report", "review",
        "letter", "inspection", "inquiry", "committee", "study", "survey", "department", "departments",
        "officials", "leaders", "ministers", "councillors", "campaigners", "employees", "colleagues", "directors",
        "family", "families", "relatives", "parents", "residents",
    };

    /// <summary>Organisations whose one-word names are not ordinary nouns: "Napo said" keeps its capital, "the Union said" does not.</summary>
    private static readonly HashSet<string> OneWordBodies = new(StringComparer.OrdinalIgnoreCase) { "napo", "unison", "moj" };

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "and", "for", "&", "the" };

    /// <summary>
    /// A body's own name spoken of as the speaker, without its article and with its capitals: "the Ministry of Justice",
    /// "Napo", "HMPPS", "the Youth Justice Board". Null for a role, even a capitalised one ("the Chief Inspector"), and
    /// for a one-word common noun ("the Inspectorate").
    /// </summary>
    public static string? OrganisationName(string phrase)
    {
        var tokens = phrase.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var start = tokens.Length > 0 && tokens[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var words = tokens[start..];
        if (words.Length == 0 || NameConnectors.Contains(words[0]) || NameConnectors.Contains(words[^1])
            || words.Any(w => !NameConnectors.Contains(w) && !char.IsUpper(w[0]))
            || words.Any(w => RoleNouns.Contains(w) && !NonPersonNouns.Contains(w)))
        {
            return null;
        }

        var acronym = words.Length == 1 && words[0].Length >= 2 && words[0].Count(char.IsUpper) >= 2;
        return words.Length > 1 || acronym || OneWordBodies.Contains(words[0]) ? string.Join(' ', words) : null;
    }

    /// <summary>Last words that make a capitalised name a body: "Sheffield City Council", "the Prison Reform Trust".</summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "Council", "Trust", "Board", "Company", "Service", "Services", "Committee", "Association", "League", "Federation",
        "Foundation", "Institute", "Centre", "Partnership", "Agency", "Department", "Ministry", "Office", "Union",
        "Society", "Network", "Alliance", "Group", "Commission", "Inspectorate", "Authority", "Forum", "Coalition",
        "Charity", "Ltd", "Limited", "plc", "PLC", "Justice", "Probation",
    };

    /// <summary>A body named in full as the speaker: <see cref="OrganisationName"/> ending in a body's head noun.</summary>
    public static string? NamedBody(string phrase) =>
        OrganisationName(phrase) is { } name && name.Contains(' ', StringComparison.Ordinal) && BodyHeads.Contains(name[(name.LastIndexOf(' ') + 1)..])
            ? name
            : null;
}
