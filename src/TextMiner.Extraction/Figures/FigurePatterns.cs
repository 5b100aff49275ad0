namespace TextMiner.Extraction.Figures;

/// <summary>Regex fragments shared by the figure rules.</summary>
internal static class FigurePatterns
{
    /// <summary>Hedges written before a number: "more than", "up to", "some", "an average of".</summary>
    public const string Mods =
        @"(?:(?:(?:more|fewer|less)\s+than|over|under|almost|nearly|around|about|some|up\s+to|at\s+least|approximately"
        + @"|roughly|just\s+(?:over|under)|an?\s+estimated|a\s+total\s+of|in\s+excess\s+of|as\s+(?:many|high|few|much)\s+as"
        + @"|only|just|circa|c\.|an?\s+average\s+of|on\s+average|average\s+of|a\s+staggering|between|from|well\s+over"
        + @"|now|currently|still|already|no\s+(?:more|fewer|less)\s+than|not\s+more\s+than|approaching|nearly|something\s+like"
        + @"|an?\s+(?:manageable|unmanageable|healthy|whopping|staggering|typical|maximum|minimum|mere|record|huge|reasonable|safe|unsafe)"
        + @"|close\s+to|somewhere\s+(?:between|around|near)|in\s+the\s+region\s+of|upwards\s+of|north\s+of|a\s+further|another|the|a|an|its|their)\s+){0,3}";

    /// <summary>Up to three words between a number and its noun, but not words that start another phrase.</summary>
    public const string Gap =
        @"(?:(?!(?:with|in|of|and|across|for|at|to|from|on|by|the|were|was|had|have|has|who|which|that|are|is|per)\b)[\w’'-]+\s+){0,3}?";

    /// <summary>A place after a noun: "posts in Cornwall", "posts across the North West".</summary>
    public const string Place = @"(?:(?:in|at|across|within)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}\s+)?";

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
