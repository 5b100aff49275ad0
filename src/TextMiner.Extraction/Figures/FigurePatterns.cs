namespace TextMiner.Extraction.Figures;

/// <summary>Regex fragments shared by the figure rules.</summary>
internal static class FigurePatterns
{
    /// <summary>Hedges written before a number: "more than", "up to", "some", "an average of".</summary>
    public const string Mods =
        @"(?:(?:(?:more|fewer|less)\s+than|over|under|almost|nearly|around|about|some|up\s+to|at\s+least|approximately"
        + @"|roughly|just\s+(?:over|under)|an?\s+estimated|a\s+total\s+of|in\s+excess\s+of|as\s+(?:many|high|few|much)\s+as"
        + @"|only|just|circa|c\.|an?\s+average\s+of|on\s+average|average\s+of|a\s+staggering|between|from|well\s+over"
        + @"|now|currently|still|also|already|no\s+(?:more|fewer|less)\s+than|not\s+more\s+than|approaching|nearly|something\s+like"
        + @"|an?\s+(?:manageable|unmanageable|healthy|whopping|staggering|typical|maximum|minimum|mere|record|huge|reasonable|safe|unsafe)"
        + @"|an?\s+(?:alarming|worrying|shocking|startling|remarkable|astonishing|troubling|concerning|paltry)|close\s+to|somewhere\s+(?:between|around|near)|in\s+the\s+region\s+of|upwards\s+of|north\s+of|a\s+further|another|the|a|an|its|their)\s+){0,3}";

    /// <summary>
    /// The end of a right-to-left pattern that once ended <c>{Mods}$</c>: it must end where the hedges before the number
    /// begin, and is tried from each of <see cref="Hedges.Starts"/> (the <c>startat</c> of <c>IsMatch</c>).
    /// </summary>
    public const string BeforeHedges = @"\G";

    /// <summary>Up to three words between a number and its noun, but not words that start another phrase.</summary>
    public const string Gap =
        @"(?:(?!(?:with|in|of|and|across|for|at|to|from|on|by|the|were|was|had|have|has|who|which|that|are|is|per)\b)[\w’'-]+\s+){0,3}?";

    /// <summary>A place after a noun: "posts in Cornwall", "posts across the North West".</summary>
    public const string Place = @"(?:(?:in|at|across|within)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+)?";

    /// <summary>
    /// Modifiers between a number and its head noun, skipped to reach it: "low and medium-risk", "newly qualified",
    /// "full-time equivalent", "band 3", "(FTE)"; up to six words, none of them a word that starts another phrase.
    /// </summary>
    public const string NounMods =
        @"(?:(?:\([^()]{1,30}\)|(?:band|grade|group|tier)\s+\d+|(?:and|or|to)(?=\s+(?:low|medium|high|very|male|female|adult|young)\b)"
        + @"|(?!(?:of|in|at|on|by|for|from|with|were|was|are|is|be|been|being|who|whom|which|that|than|the|a|an|each|per|this|these"
        + @"|those|their|its|his|her|our|my|your|had|has|have|will|would|could|should|can|may|not|no|as|but|when|while|so|if|and|or|to"
        + @"|more|fewer|less|short|down|up)\b)[A-Za-z][\w’'-]*)\s+){0,6}?";

    /// <summary>Head nouns of staff counts.</summary>
    public const string StaffHead =
        @"(?:members\s+of\s+staff|officers|staff|practitioners|employees|workers|personnel|trainees|recruits|case\s*workers"
        + @"|case\s+managers|PSOs|POs|FTEs?|colleagues)\b";

    /// <summary>Head nouns of people under supervision.</summary>
    public const string PeopleHead =
        @"(?:offenders|people|individuals|service\s+users|supervisees|probationers|adults|young\s+people|children|men|women|clients)\b";

    /// <summary>What may follow a staff head when the number is not a count of staff in post.</summary>
    public const string NotInPostTail =
        @"(?!\s+(?:short|needed|required|missing|vacant|leaving|left|lost|resigned|due|in\s+training|to\s+qualify|fewer|more|down|below|to\s+be\s+recruited|redundant|were\s+(?:lost|cut|needed|required)))";

    /// <summary>Words before a staff noun that make it an intake or a target, not staff in post.</summary>
    public const string NotTrainees = @"(?!\s*(?:(?:FTE\s+)?(?:were|are)\s+)?(?:[\w-]+\s+){0,3}?(?:trainees?|new|newly|student|additional|extra|more)\b)";

    /// <summary>A staff count of prison grades (prison officers, operational support), which is not a probation figure.</summary>
    public const string NotPrison = @"(?!\s*(?:(?:FTE\s+)?(?:were|are)\s+)?(?:[\w’'()-]+\s+){0,6}?(?:prisons?|operational\s+support|HQ|headquarters)\b)";

    public const string NumberWord =
        @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    public const string StaffNoun =
        @"(?:staff|officers?|practitioners?|employees|workers|people|PSOs?|POs?|members\s+of\s+staff|personnel|colleagues"
        + @"|posts|probation\s+officers|case\s*workers|FTEs?)";

    public const string People =
        @"(?:offenders|people|individuals|service\s+users|clients|adults|men|women|young\s+people|cases|supervisees"
        + @"|probationers|perpetrators|prisoners|persons|children)\b";

    public const string Month =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
}
