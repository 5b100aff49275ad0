using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Quotes;

/// <summary>The attribution grammar: where the speaker phrase sits relative to the quote and its speech verb.</summary>
internal static partial class AttributionPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>
    /// A word, matched atomically: whatever follows a word in these patterns starts with a space or punctuation, so
    /// giving characters back could never lead to a match, only to retries that made this the costliest regex of extraction.
    /// </summary>
    private const string Word = @"(?>(?:[\w-]|(?<=\w)[’'](?=\w))+)";

    /// <summary>A speaker phrase: up to ten words, no clause punctuation.</summary>
    private const string Phrase = Word + @"(?:\s+" + Word + @"){0,9}?";

    /// <summary>“…,” said X / “…,” wrote the chief inspector X.</summary>
    [GeneratedRegex(@"^\s*[,.!?…—–-]*\s*(?:" + SpeechVerbs.Pattern + @")\s+(?<sp>" + Phrase + @")(?:\s*,\s*(?<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=\s*(?:[,;:.!?()]|$)))?\s*(?:[,;:.!?()“”""‘]|[’'](?!\w)|$|\s+(?:in\s+(?:a|an|the|his|her)\s+(?-i:(?!\p{Lu}))|on\s+\w+day|at\s+the|during|when|after|before|who|adding|as|last|this|yesterday|today|earlier|recently|about)\b)",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex VerbThenSpeaker();

    /// <summary>“…,” X said / “…,” he added / “…,” Ian Lawrence, General Secretary, said.</summary>
    [GeneratedRegex(@"^\s*[,.!?…—–-]*\s*(?!\s*(?:and|but|while|whereas|although|as|so|then|yet|because|which|who|where|when|if)\b)(?<sp>" + Phrase + @")(?:\s*,\s*(?<role>" + Word + @"(?:\s+" + Word + @"){0,14}),)?\s+(?:(?:has|had|also|later|then|once)\s+)*(?:" + SpeechVerbs.Pattern + @")\b",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex SpeakerThenVerb();

    [GeneratedRegex(@"\b(?:" + SpeechVerbs.Pattern + @")\b", Options | RegexOptions.IgnoreCase)]
    public static partial Regex Verb();

    /// <summary>"judged by inspectors to be", "described by the inspectorate as": who gave the verdict.</summary>
    [GeneratedRegex(@"\b(?:judged|found|described|criticised|criticized|rated|praised|assessed|considered|branded|labelled|called)\s+by\s+(?<sp>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:inspectors|inspectorate|watchdog|report|committee|inspection|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}))\b",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex PassiveAgent();

    /// <summary>A definite or indefinite noun phrase ending right where a quote opens: "…, the departments “…".</summary>
    [GeneratedRegex(@"(?:^|[,;]\s*)(?<sp>(?i:the|a|an|one|some|many|several)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*$", Options)]
    public static partial Regex RoleBeforeQuote();

    /// <summary>An opening adverbial clause up to its comma: "In spite of these challenges, ", "Last year, ".</summary>
    [GeneratedRegex(@"^\s*(?:in|on|at|after|before|despite|following|since|during|with|without|for|among|amid|by|last|this|earlier|later|today|yesterday|however|meanwhile|nevertheless|consequently|still|yet|indeed|overall|again|moreover|furthermore|instead)\b[^,;:.!?“”""‘’]{0,120},\s*",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex FrontedClause();

    /// <summary>A paragraph ending in reported speech that the next paragraph quotes: "The Minister told us that".</summary>
    [GeneratedRegex(@"\b(?:" + SpeechVerbs.Pattern + @")(?:\s+\w+){0,2}\s+that\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex VerbThat();

    /// <summary>The rest of a sentence ending with its attribution: "… before it is fixed, the report said."</summary>
    [GeneratedRegex(@",\s*(?<sp>" + Phrase + @")\s+(?:(?:has|have|had)\s+)?(?:" + SpeechVerbs.Pattern + @")\s*[.!?]?\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex SentenceEndTag();

    /// <summary>Openings that are not a speaker: "Asked whether …", "Speaking at the conference", "In Kent".</summary>
    [GeneratedRegex(@"^(?:(?:asked|speaking|responding|commenting|writing|reacting|addressing|welcoming|in|on|at|after|before|when|while|whilst|although|as|since|despite|following|last|this|earlier|later|today|yesterday|however|meanwhile)\b|(?-i:[A-Z]?[a-z]+ing\s+[a-z]))",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex OpeningPhrase();

    /// <summary>A lead-in ending in a coordinator: the verb after it shares the clause's subject ("… but warned").</summary>
    [GeneratedRegex(@"\s(?:and|but|yet|or)(?:\s+(?:then|also|later|now|still))?\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex CoordinatorEnd();

    [GeneratedRegex(@"\b(?:because|that|when|while|whilst|after|since|although|though|if|where|whereas|until|unless|once|what|how|why)\s+", Options | RegexOptions.IgnoreCase)]
    public static partial Regex Subordinator();

    /// <summary>"The chair of the management board, Councillor Rashida Okonkwo, was candid": a role, then the name.</summary>
    [GeneratedRegex(@"^\s*(?<role>[^,;:.!?“”""]{2,80}),\s*(?<name>(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Lord|Baroness|Councillor|Cllr|Professor)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:\s+(?:MP|MSP|MS|AM|CBE|OBE|MBE|KC|QC))*\s*,", Options)]
    public static partial Regex RoleThenNameApposition();

    /// <summary>A sentence opening with a definite role: "The shadow justice minister was more blunt."</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?<sp>The\s+(?:[\w’'-]+\s+){0,4}?(?:minister|secretary|inspector|spokesperson|spokesman|spokeswoman|chair|official|director|officer|manager|governor|commissioner|report|inspectorate|union|watchdog))\b", Options)]
    public static partial Regex RoleSentenceSubject();

    /// <summary>"“…” – Delia Markham, branch chair.": a dash and a name after the quote in the same paragraph.</summary>
    [GeneratedRegex(@"^\s*[,.]?\s*[–—-]\s*(?<sp>(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Lord|Baroness|Professor|Cllr|Councillor)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?:\s*,\s*(?<role>[^.;:“”""‘]{3,90}))?\s*(?:[.;]|$)", Options)]
    public static partial Regex DashAfter();

    /// <summary>"Ruth Abernethy, a senior practitioner, who said": a relative clause whose antecedent is the speaker.</summary>
    [GeneratedRegex(@",\s*who\s+(?:(?:has|had|also|then|later|once)\s+)*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex RelativeWho();

    /// <summary>"the Justice Select Committee report, which said": a document or body as the antecedent of "which".</summary>
    [GeneratedRegex(@"(?<sp>(?i:the)\s+(?:[\w’'-]+\s+){0,5}?(?i:report|review|inquiry|findings|letter|statement|committee|inspectorate|watchdog|council|ministry|department|union|board|trust|charity))\s*,\s*which\s+(?:(?:has|had|also|then|later)\s+)*$", Options)]
    public static partial Regex RelativeWhich();

    /// <summary>After a sentence's subject, a passive speech verb: "are also being urged", "were told", "have been asked".</summary>
    [GeneratedRegex(@"^\s*(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|now|still|repeatedly|again)\s+)?(?:being\s+)?(?:urged|told|asked|advised|encouraged|instructed|warned|ordered|reminded|invited)\b", Options | RegexOptions.IgnoreCase)]
    public static partial Regex AddressedAfter();

    /// <summary>A subject ending in a passive auxiliary: "staff were", "leaders are also being".</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|been|being|be)(?:\s+(?:also|now|still|then|repeatedly|regularly|often))?\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex PassiveAuxiliary();

    [GeneratedRegex(@"^\s*(?:one|another|one\s+of\s+them)\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex LoneOne();

    [GeneratedRegex(@"\b(?:[A-Za-z][a-z-]+\s+){0,3}(?:officers|managers|practitioners|members|workers|PSOs|POs|VLOs|inspectors|leaders|colleagues|delegates|staff)\b", Options)]
    public static partial Regex PluralGroup();

    /// <summary>"Asked whether …", "Moving the motion": a participle clause, never the speaker itself.</summary>
    [GeneratedRegex(@"^(?:asked\b|(?-i:[A-Z]?[a-z]+ing\s+[a-z]))", Options | RegexOptions.IgnoreCase)]
    public static partial Regex ParticipleOpening();

    /// <summary>"… ” That was the verdict of Lorna Kettle, a probation officer in Gateshead" / "So says X": the speaker named after.</summary>
    [GeneratedRegex(@"^\s*(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:verdict|view|words?|message|assessment|warning|opinion|reaction|response|conclusion|plea|advice|experience)\s+(?:of|from)|So\s+(?:says|said)|(?:The|That|This|Those|These)\s+(?:verdict|view|words?|message|warning|plea|comments?|remarks?)\s+(?:came|comes)\s+from)\s+(?<sp>[^,.;:]{3,60})(?:,\s*(?<role>[^,.;:]{3,90}))?",
        Options)]
    public static partial Regex NamedAfter();

    /// <summary>The noun phrase opening a sentence, up to its first comma or verb: "A member in the North West, who …".</summary>
    [GeneratedRegex(@"^\s*(?<sp>(?:[^,;:.!?“”""‘’()]|(?<=\w)’(?=s\s)){2,90}?)(?=\s*[,:]|\s+(?:who|which|that|has|had|have|is|was|were|are|will|would|can|could|did|does|do|also|then|later|now|\w+ed|drew|made|gave|took|set|put|saw|held|laid|struck|sounded|painted|laughs|smiles|sighs|shrugs|pauses|nods|grins|winces|frowns|agrees|admits|recalls|remembers|reflects)\b|\s+(?:" + SpeechVerbs.Pattern + @")\b)",
        Options)]
    public static partial Regex SentenceSubject();

    /// <summary>"… was described as “…” by MPs": the agent after a quote that a passive verdict verb introduced.</summary>
    [GeneratedRegex(@"^\s*,?\s*by\s+(?<sp>" + Phrase + @")\s*(?:[,;:.!?()]|$|\s+(?:in|on|at|who|after|last|this|earlier)\b)", Options | RegexOptions.IgnoreCase)]
    public static partial Regex AgentAfter();

    /// <summary>The passive verdict verb right before a quote: "was described as", "has been branded", "was called".</summary>
    [GeneratedRegex(@"\b(?:described|branded|labelled|labeled|called|dubbed|dismissed|denounced|condemned|hailed|criticised|criticized|praised|characterised|characterized|judged|deemed|considered)\b(?:\s+(?:as|to\s+be))?\s*$", Options | RegexOptions.IgnoreCase)]
    public static partial Regex PassiveLead();

    [GeneratedRegex(@"\b(?:according\s+to|in\s+the\s+words\s+of)\s+(?<sp>" + Phrase + @")\s*(?:[,;:.!?()“”""‘]|[’'](?!\w)|$)", Options | RegexOptions.IgnoreCase)]
    public static partial Regex AccordingTo();

    /// <summary>A short bracketed aside inside a lead-in: "(Labour)", "(Lab, Northgate)", "(45)".</summary>
    [GeneratedRegex(@"\s*\([^()\n]{1,40}\)", RegexOptions.CultureInvariant)]
    public static partial Regex ShortAside();
}
