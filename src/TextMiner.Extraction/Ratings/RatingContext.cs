using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>The words around a grade that make it a rating, or rule it out.</summary>
internal static partial class RatingContext
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A rating word anywhere before in the sentence, within a few words.</summary>
    [GeneratedRegex(@"\b(?:rated|re-rated|rating|ratings|graded|grade|grades|judged|judgement|assessed\s+as|scored|awarded|deemed|(?:down|up)graded|(?:improved|dropped|fell|slipped|moved|rose|climbed|returned|went|changed)\s+(?:(?:back\s+)?up\s+|back\s+|down\s+)?(?:to|from)|given|gave|giving|received|receiving|earned|achieved|maintained|retained|kept|secured|rates?|achieving|achieves?|earning|earns|retaining|keeping|receives?|awards?|awarding|handed|hands|remains?|remained|labell?ed|branded|classed|classified|declared|(?:found|finding|finds)\s+(?:[\w’'-]+\s+){0,8}?to\s+be|(?:found|finding|finds|concluded|concluding)\s+that\s+(?:[\w’'-]+\s+){0,8}?(?:was|were|is|are|remains?)|outcome|(?:picked|picks|picking|singled|singles|singling)\s+out|(?:listed|described|assessed|judged|considered|regarded)\s+(?:[\w’'-]+\s+){0,6}?as|verdict|(?:told|warned)\s+(?:that\s+)?(?:it|they)\s+(?:(?:was|were|is|are|still)\s+)?)\b",
        Options)]
    public static partial Regex Trigger();

    /// <summary>Strict: directly rated, for a grade in lower case without quote marks ("was rated good").</summary>
    [GeneratedRegex(@"\b(?:rated|re-rated|rating\s+of|ratings\s+of|graded|grade\s+of|judged(?:\s+to\s+be|\s+as)?|assessed\s+as|scored|deemed)(?:\s+(?:as|an?\s+overall|overall))?\s*[:–—-]?\s*$|\b(?:rat(?:ed|ing)|rates?|judg(?:ed|ing)|assess(?:ed|ing)|grad(?:ed|ing)|(?:singl|pick)(?:ed|ing|s)\s+out|described|listed|labell?ed|branded|classed|classified|declared),?\s+(?:[\w’'-]+,?\s+){0,6}?as\s*$|\b(?:found|judged|deemed|considered|assessed|rated)\s+to\s*$|\b(?:judg(?:ed|es|ing)|considered|deemed)\s+(?:[\w’'-]+\s+){1,6}?to\s+be\s*$|\b(?:rating|grade|grading|judgement|verdict)\s*[,:–—]\s*$|\b(?:down|up)graded\s+(?:to|from)\s*$|\b(?:rating|grade|judgement|PDU|YJS|YOS|YOT|CRC|unit|service|team)\b[^.;,:]{0,30}?\b(?:improved|improves|rose|rises|fell|falls|dropped|drops|slipped|slips|moved|moves|went|goes|climbed|returned|jumped)\s+(?:(?:back\s+)?(?:up|down)\s+)?(?:from|to)\s+(?:(?:outstanding|good|requires\s+improvement|requiring\s+improvement|inadequate)[”""’']?\s+to\s+[“""‘']?)?$|\b(?:branded|labell?ed|declared)\s*$|\brat(?:ed|es|ing)\s+(?:(?:its|their|the|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,3}|(?:[A-Z][\w’'-]*\s+){1,3}(?:PDU|YJS|YOS|YOT|CRC|(?:probation\s+delivery\s+)?unit|(?:youth\s+(?:justice|offending)\s+)?(?:service|team)|region|division)\s+)$|\b(?:told|warned)\s+(?:that\s+)?(?:it|they)\s+(?:(?:was|were|is|are|still)\s+)?$",
        Options)]
    public static partial Regex StrictBefore();

    /// <summary>"a 'Good' rating", "an Inadequate grade".</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:overall\s+)?(?:rating|grade|grading|judgement|verdict)s?\b", Options)]
    public static partial Regex RatingNounAfter();

    /// <summary>Words that may follow a grade name; any other lower-case word makes it an adjective ("good practice").</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:$|[^\w\s]|(?:overall|for|in|on|and|or|across|at|by|with|while|whilst|but|which|when|as|after|against|since|compared|following|from|under|again|too|also|this|last|the|rating|ratings|grade|grades|judgement|verdict|verdicts|a|an|its|in|to|during|following|both|each|of|it|this|these|there|because|though|although|despite|however|now|then|yet|over|having|being|after|was|were|is|are|had|has|the\s+lowest|the\s+highest|last|previously|earlier|again|before|until|prior|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?)(?:\s+ago|\s+earlier|\s+before)?)\b|[A-Z])",
        RegexOptions.CultureInvariant)]
    public static partial Regex AllowedAfter();

    /// <summary>Hypotheticals, wishes and negation before the grade.</summary>
    [GeneratedRegex(@"\b(?:if|would|could|might|(?-i:may)|unless|whether|aims?\s+to|aiming|hopes?\s+to|hoping|expects?\s+to|wants?\s+to|wanted\s+to|strive|striving|should|needs?\s+to\s+be|not|never|nor|no|none|neither|either|four-point|point\s+scale|(?:on|using|along)\s+a\s+(?:[\w-]+\s+)?scale|(?<!\b(?:more|fewer|less)\s+)than|yet\s+to|(?:that|which)\s+(?:is|are)\s+rated|(?<!\b(?:is|was|as|became|becomes|remains|remained)\s+(?:now\s+|still\s+|also\s+)?one\s+of\s+[^,;.]{0,50})(?:PDUs|CRCs|divisions|providers|organisations|services|areas|units|YOTs)\s+rated|(?:a|an|any|every|each)\s+(?!other\b)(?:[\w-]+\s+)?(?:unit|PDU|CRC|division|provider|service|organisation|YOT|area|team)\s+(?:that\s+is\s+|which\s+is\s+)?rated|where\s+\d+\s*(?:%|per\s?cent)|failed\s+to\s+be|how\s+many|hope[sd]?|will\s+(?:\w+\s+)?(?:be|get|receive|achieve|earn|keep|retain)|potential(?:ly)?|likely|unlikely|probably|expected\s+to|aspire\w*|ambition|goal|target|(?:pulled|dragged|brought|pushed)\s+(?:[\w’'-]+\s+){0,5}?down\s+from)\b",
        Options)]
    public static partial Regex Hypothetical();

    /// <summary>"Requires improvement one point": a grade given a score is the scoring scheme.</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:\d|zero|one|two|three|points?)\b", Options)]
    public static partial Regex ScoreAfter();

    /// <summary>"court work (Good)": a grade in brackets straight after what was rated.</summary>
    [GeneratedRegex(@"\(\s*$", Options)]
    public static partial Regex OpenBracketBefore();

    /// <summary>"scored from 0 (Inadequate) to 3 (Outstanding)": a grade glossing a score is the scale.</summary>
    [GeneratedRegex(@"\d\s*\(\s*$", Options)]
    public static partial Regex ScoreBefore();

    /// <summary>A grade in a list of grades ("Outstanding, Good, Requires improvement or Inadequate"): the scale, not a rating.</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:,|or|/)\s*(?:either\s+)?[“""‘']?(?:outstanding|good|requires\s+improvement|inadequate)\b", Options)]
    public static partial Regex GradeListAfter();

    [GeneratedRegex(@"\b(?:outstanding|good|requires\s+improvement|inadequate)[”""’']?\s*(?:,|or|/|and)\s*[“""‘']?$", Options)]
    public static partial Regex GradeListBefore();

    /// <summary>"the service, whose work … aims to stop youth crime, was": a relative aside says nothing about the grade.</summary>
    [GeneratedRegex(@",\s*(?:whose|which|who)\b[^,]{0,160},", Options)]
    public static partial Regex RelativeAside();

    /// <summary>Between two grades, a joint that lets the second share the first one's rating verb: "rated 15 ‘inadequate’ and the other 11 ‘require improvement’".</summary>
    [GeneratedRegex(@"^[^.;:!?]*\b(?:and|but|while|whilst|whereas|with)\b[^.;:!?]*$|^[”’'""]?\s*,[^.;:!?]*$|^[”’'""]?\s*[;,]\s*[^.;:!?–—]{2,60}?\s+[–—-]\s*[“""‘']?$", Options)]
    public static partial Regex Continuation();

    /// <summary>A lower-case grade continuing a rating needs "as" or a count right before it: "and 11 as good", "the other 11".</summary>
    [GeneratedRegex(@"\b(?:as|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|rest|remainder)\s*[“""‘']?$", Options)]
    public static partial Regex CountOrAsBefore();

    /// <summary>The clause after a joint, before a grade with no verb of its own: ", Thornby", "and its leadership".</summary>
    [GeneratedRegex(@"(?:,|\b(?:and|but|while|whilst|whereas))\s+(?<subject>(?:(?:its|their|the)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*[“""‘']?$", RegexOptions.CultureInvariant)]
    public static partial Regex GappedClause();

    /// <summary>A place or body name: capitalised words, "upon", "and" or "of" between them ("Dunholm and Fell").</summary>
    [GeneratedRegex(@"^(?!(?:The|This|That|It|Its|Their|They|We|He|She|But|And|However|Overall|Inspectors?)\b)[A-Z][\w’'-]*(?:\s+(?:(?:and|of|upon|on)\s+)?[A-Z][\w’'-]*){0,3}$", RegexOptions.CultureInvariant)]
    public static partial Regex ProperName();

    /// <summary>The inspectors' verdict before a quoted grade: "Inspectors said the service … was".</summary>
    [GeneratedRegex(@"\b(?:inspectors?|inspectorate|inspection|HMIP|report|watchdog)\b[^.;]{0,120}?\b(?:said|says|found|finds|concluded|concludes|called|calls|considered|considers|judged|ruled)\b", Options)]
    public static partial Regex VerdictBefore();

    /// <summary>The inspectors' verdict after a quoted grade: "is ‘requiring improvement’, an independent inspection has concluded".</summary>
    [GeneratedRegex(@"^[”’'""]?\s*,?\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:inspection|inspectors?|inspectorate|report|HMIP)\s+(?:has\s+|have\s+|had\s+)?(?:concluded|found|said|says|ruled|judged)\b|^[”’'""]?\s*,?\s*(?:according\s+to|say|says|said)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:inspection|inspectors?|inspectorate|report|HMIP|watchdog)\b", Options)]
    public static partial Regex VerdictAfter();

    /// <summary>"was ‘good’ at keeping children safe": the grade word used as an adjective, not a verdict.</summary>
    [GeneratedRegex(@"^[”’'""]?\s*(?:at|in\s+\w+ing)\b", Options)]
    public static partial Regex AdjectiveUseAfter();

    /// <summary>The clause before "requires improvement" is the body alone: "Carlow PDU", "the youth justice service", "it still".</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:the|this|its|their)\s+)?(?:[\w’'-]+\s+){0,5}?(?:service|PDU|YJS|YOS|YOT|unit|division|region|CRC|company|provider|partnership)|it|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})(?:\s+(?:still|now|also|overall))?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex BodyAsSubject();

    /// <summary>The clause before the grade is a body and a copula: "the youth justice service in Penhallow is", "Carlow PDU was".</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:the|this|its|their)\s+)?(?:[\w’'-]+\s+){0,5}?(?:service|PDU|YJS|YOS|YOT|unit|division|region|CRC|partnership)(?:\s+(?:in|for|at|of)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?|it)\s+(?:is|was|has\s+been|had\s+been|remains|remained)(?:\s+(?:still|now|also|overall))?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex BodyIsBefore();

    /// <summary>"was found to be", "found the unit to be" (not "found work with victims to be good or outstanding in other divisions"): a finding, a rating unless the grade word is an adjective ("found to be good at").</summary>
    [GeneratedRegex(@"\bfound\s+(?:(?:it|them|this|(?:the|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+)?to\s+be\s*$", Options)]
    public static partial Regex FoundToBe();

    /// <summary>"found its work with children subject to court orders to be", "found work in court to be": a longer object, read only when it names a domain.</summary>
    [GeneratedRegex(@"\bfound\s+(?<object>(?:(?:its|their|the)\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)\s+to\s+be\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex FoundObjectToBe();

    /// <summary>"found that case supervision was", "concluded its leadership still requires": the domain found to have a grade.</summary>
    [GeneratedRegex(@"\b(?:found|finds|concluded|concludes|judged)\s+(?:that\s+)?(?<subject>(?:(?:its|their|the)\s+)?[\w’'-]+(?:,?\s+[\w’'-]+){0,7}?)\s+(?:(?:was|were|is|are|remains?|remained)\s+)?(?:still\s+|also\s+)?[“""‘']?$", Options)]
    public static partial Regex FindingOf();

    /// <summary>A copula right before the grade: "assessment and planning were ‘inadequate’".</summary>
    [GeneratedRegex(@"\b(?:was|were|is|are|been|be)\s*$", Options)]
    public static partial Regex CopulaBefore();

    /// <summary>"an overall rating of", "the rating of": the grade names a rating rather than being given by a verb.</summary>
    [GeneratedRegex(@"\b(?:rating|grade|grading|judgement)s?\s+of\s*[:–—-]?\s*$", Options)]
    public static partial Regex RatingOfBefore();

    /// <summary>"one of only two Outstanding ratings we awarded": a tally of grades, not a rating of anything named.</summary>
    [GeneratedRegex(@"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s*[“""‘']?$", Options)]
    public static partial Regex TallyBefore();

    /// <summary>"received seven", "was given three", "achieved 10": a count of grades the body itself received.</summary>
    [GeneratedRegex(@"\b(?:received|receiving|receives?|got|gets|gained|achieved|achieves?|earned|earns?|(?:was|were|has\s+been|have\s+been)\s+(?:given|awarded)|awarded|scored)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s*[“""‘']?$", Options)]
    public static partial Regex ReceivedTally();

    /// <summary>"… and five", ", three": the next count in a tally of grades.</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:ratings|grades)?\s*(?:,|,?\s+and|,?\s+with)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)\s*[“""‘']?$", Options)]
    public static partial Regex JoinedTally();

    [GeneratedRegex(@"^[”""’']?\s*(?:ratings|grades)\b", Options)]
    public static partial Regex PluralRatingNounAfter();

    /// <summary>A change of grade just before it: "improved from", "slipped to", "was downgraded to".</summary>
    [GeneratedRegex(@"\b(?:improved|improving|dropped|fell|slipped|moved|rose|climbed|returned|went|changed|(?:down|up)graded|re-rated)\b[^.;]{0,40}?\b(?:to|from)\s*$", Options)]
    public static partial Regex ChangeBefore();
}
