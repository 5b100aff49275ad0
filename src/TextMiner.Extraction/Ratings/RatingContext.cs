using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>The words around a grade that make it a rating, or rule it out.</summary>
internal static partial class RatingContext
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>A rating word anywhere before in the sentence, within a few words.</summary>
    [GeneratedRegex(@"\b(?:rated|re-rated|rating|ratings|graded|grade|grades|judged|judgement|assessed\s+as|scored|awarded|deemed|(?:down|up)graded|(?:improved|dropped|fell|slipped|moved|rose|climbed|returned|went|changed)\s+(?:(?:back\s+)?up\s+|back\s+|down\s+)?(?:to|from)|given|gave|giving|received|receiving|earned|achieved|maintained|retained|kept|secured)\b",
        Options)]
    public static partial Regex Trigger();

    /// <summary>Strict: directly rated, for a grade in lower case without quote marks ("was rated good").</summary>
    [GeneratedRegex(@"\b(?:rated|re-rated|rating\s+of|ratings\s+of|graded|grade\s+of|judged(?:\s+to\s+be|\s+as)?|assessed\s+as|scored|deemed)(?:\s+(?:as|an?\s+overall|overall))?\s*[:–—-]?\s*$",
        Options)]
    public static partial Regex StrictBefore();

    /// <summary>"a 'Good' rating", "an Inadequate grade".</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:overall\s+)?(?:rating|grade|grading|judgement)\b", Options)]
    public static partial Regex RatingNounAfter();

    /// <summary>Words that may follow a grade name; any other lower-case word makes it an adjective ("good practice").</summary>
    [GeneratedRegex(@"^[”""’']?\s*(?:$|[^\w\s]|(?:overall|for|in|on|and|or|across|at|by|with|while|whilst|but|which|when|as|after|against|since|compared|following|from|under|again|too|also|this|last|the|rating|grade|judgement|a|an|its|in|to|during|following|both|each|of|it|this|these|there|because|though|although|despite|however|now|then|yet|over|having|being|after|was|were|is|are|had|has|the\s+lowest|the\s+highest)\b|[A-Z])",
        RegexOptions.CultureInvariant)]
    public static partial Regex AllowedAfter();

    /// <summary>Hypotheticals, wishes and negation before the grade.</summary>
    [GeneratedRegex(@"\b(?:if|would|could|might|may|unless|whether|aims?\s+to|aiming|hopes?\s+to|hoping|expects?\s+to|wants?\s+to|wanted\s+to|strive|striving|should|needs?\s+to\s+be|not|never|nor|no|none|neither|either|four-point|point\s+scale|(?:on|using|along)\s+a\s+(?:[\w-]+\s+)?scale|than|yet\s+to|(?:that|which)\s+(?:is|are)\s+rated|(?:PDUs|CRCs|divisions|providers|organisations|services|areas|units|YOTs)\s+rated|(?:a|an|any|every|each)\s+(?:[\w-]+\s+)?(?:unit|PDU|CRC|division|provider|service|organisation|YOT|area|team)\s+(?:that\s+is\s+|which\s+is\s+)?rated|where\s+\d+\s*(?:%|per\s?cent)|failed\s+to\s+be|potential(?:ly)?|likely|unlikely|probably|expected\s+to|aspire\w*|ambition|goal|target)\b",
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
}
