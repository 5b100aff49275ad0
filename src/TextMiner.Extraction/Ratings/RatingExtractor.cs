using System.Text.RegularExpressions;
using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// Ratings stated in prose: a grade name that a rating word, rating noun or verdict makes a rating, attached to the
/// domain, list of domains or plural group it grades, and to the body it is about. Each grade is read through bounded
/// windows around it, so run-on paragraphs cost linear work.
/// </summary>
internal static partial class RatingExtractor
{
    private const int TriggerWindow = 120;
    private const int WindowChars = 400;
    private const int HypotheticalWindow = 60;

    /// <summary>How much less sure a rating is when its domain came from the previous clause or its verb from the previous grade.</summary>
    private const double CarriedFactor = 0.85;

    private const double LowerCaseFactor = 0.9;

    public static void Extract(Paragraph paragraph, IReadOnlyList<TextSpan> sentences, string? documentSubject, List<FoundRating> ratings)
    {
        var text = paragraph.Text;
        foreach (var sentence in sentences)
        {
            var sentenceText = text[sentence.Start..sentence.End];
            if (sentenceText.TrimEnd('”', '’', '"', '\'', ')', ' ').EndsWith('?'))
            {
                continue;
            }

            ExtractSentence(sentenceText, sentence.Start, paragraph.Index, documentSubject, ratings);
        }
    }

    private static void ExtractSentence(string sentenceText, int sentenceStart, int paragraph, string? documentSubject, List<FoundRating> ratings)
    {
        var previousGradeEnd = 0;
        var previousWasRating = false;
        var skipUntil = -1;
        var grades = Grades.Grade().Matches(sentenceText);
        for (var g = 0; g < grades.Count; g++)
        {
            var match = grades[g];
            if (match.Index < skipUntil)
            {
                continue;
            }

            // Run-on "sentences" (a table flattened into one line) are read through a window around each grade.
            var windowStart = Math.Max(0, match.Index - WindowChars);
            var before = sentenceText[windowStart..match.Index];
            var after = TextWindow.Head(sentenceText, match.Index + match.Length, sentenceText.Length, WindowChars);
            var scope = Math.Max(0, previousGradeEnd - windowStart);
            var evidence = sentenceText.Length <= 2 * WindowChars ? sentenceText : sentenceText[windowStart..Math.Min(sentenceText.Length, match.Index + WindowChars)];
            var continues = previousWasRating;
            previousGradeEnd = match.Index + match.Length;
            var paired = g + 1 < grades.Count ? PairedGrade(sentenceText, match, grades[g + 1]) : null;
            var form = RatingForm(match, before, paired is null ? after : AfterOf(sentenceText, paired), scope, continues);
            previousWasRating = form is not null;
            if (form is null)
            {
                continue;
            }

            var scoped = before[scope..];
            var clause = ClauseOf(scoped.TrimEnd().EndsWith('(') ? scoped.TrimEnd()[..^1] : scoped);
            var context = new GradeContext(sentenceText, sentenceStart, paragraph, match, before, after, scope, clause, evidence, documentSubject, form.Value);
            if (paired is not null)
            {
                // "rated ‘Good’ or ‘Outstanding’ in 11 of the 12 areas": both grades summarise a plural group, or neither is a rating.
                skipUntil = paired.Index + paired.Length;
                previousGradeEnd = skipUntil;
                if (Aspects.Classify(before, clause, AfterOf(sentenceText, paired)) == Aspects.Summary)
                {
                    Add(ratings, context, Aspects.Summary, RatingCatalogue.SummaryCounted, 1.0);
                    Add(ratings, context with { Grade = paired }, Aspects.Summary, RatingCatalogue.SummaryCounted, 1.0);
                }

                continue;
            }

            if (Respectively(ratings, context, grades, g) is { } consumed)
            {
                skipUntil = consumed;
                previousGradeEnd = consumed;
                continue;
            }

            Attach(ratings, context);
        }
    }

    /// <summary>
    /// "Eastmoor and Westmoor PDUs were rated Requires improvement and Inadequate respectively": the listed bodies take
    /// the listed grades in order. Returns where the last grade ends, or null when the sentence does not pair them.
    /// </summary>
    private static int? Respectively(List<FoundRating> ratings, GradeContext context, MatchCollection grades, int first)
    {
        var bodies = ListedBodies.Find(context.Before);
        var last = first + bodies.Count - 1;
        if (bodies.Count < 2 || last >= grades.Count)
        {
            return null;
        }

        for (var g = first; g < last; g++)
        {
            var between = context.Sentence.AsSpan(grades[g].Index + grades[g].Length, grades[g + 1].Index - grades[g].Index - grades[g].Length);
            if (!GradeJoint().IsMatch(between))
            {
                return null;
            }
        }

        var end = grades[last].Index + grades[last].Length;
        if (!RespectivelyAfter().IsMatch(TextWindow.Head(context.Sentence, end, context.Sentence.Length, 40)))
        {
            return null;
        }

        for (var b = 0; b < bodies.Count; b++)
        {
            Add(ratings, context with { Grade = grades[first + b] }, Aspects.Overall, RatingCatalogue.OverallListedBodies, 1.0, bodies[b]);
        }

        return end;
    }

    [GeneratedRegex(@"^[”’'""]?\s*(?:,\s*(?:and\s+)?|and\s+)[“‘'""]?$", RegexOptions.CultureInvariant)]
    private static partial Regex GradeJoint();

    [GeneratedRegex(@"^[”’'""]?\s*,?\s*respectively\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RespectivelyAfter();

    /// <summary>Decides what the grade is attached to: a list of domains, one domain, the body overall, or a plural group.</summary>
    private static void Attach(List<FoundRating> ratings, GradeContext context)
    {
        var (before, after, clause) = (context.Before, context.After, context.Clause);
        if (context.Form == StatedForm.Tally)
        {
            Add(ratings, context, Aspects.Summary, RatingCatalogue.SummaryCounted, 1.0);
            return;
        }

        var aspect = context.Form == StatedForm.RatingOf && !ReceivingVerb().IsMatch(clause)
            ? RatingOfAspect(after)
            : Aspects.Classify(before, clause, after);
        var listed = ListedDomains(before, after, context.Scope, aspect == Aspects.Summary, context.Form == StatedForm.Continued || context.Scope > 0);
        if ((Vague().IsMatch(clause) || VagueAfter().IsMatch(after)) && listed.Domains.Count == 0)
        {
            // "with some areas judged ‘outstanding’": an aside about unnamed areas, neither overall nor a counted summary.
            return;
        }

        if (listed.Domains.Count >= 2 || (listed.Domains.Count == 1 && listed.IsEnumerated))
        {
            if (listed.AlsoSummary)
            {
                Add(ratings, context, Aspects.Summary, RatingCatalogue.SummaryCounted, 1.0);
            }

            foreach (var domain in listed.Domains)
            {
                Add(ratings, context, domain, RatingCatalogue.DomainList, 1.0);
            }

            return;
        }

        if (aspect is Aspects.Overall or Aspects.Summary && ListedBodies.Find(before) is { Count: >= 2 } bodies)
        {
            foreach (var body in bodies)
            {
                Add(ratings, context, Aspects.Overall, RatingCatalogue.OverallListedBodies, 1.0, body);
            }

            return;
        }

        if (aspect is Aspects.Overall or Aspects.Summary && ListedBodies.IsUnnamedPair(TextWindow.Tail(before, TriggerWindow)))
        {
            // "But both services were rated inadequate": the two bodies named before, each its own overall grade.
            Add(ratings, context, Aspects.Overall, RatingCatalogue.OverallListedBodies, CarriedFactor);
            Add(ratings, context, Aspects.Overall, RatingCatalogue.OverallListedBodies, CarriedFactor);
            return;
        }

        if (aspect == Aspects.Summary && GerundArea().Match(after) is { Success: true } area)
        {
            // "rated all four regions as ‘Inadequate’ in helping people to change": the groups share a grade for one area of work.
            var what = area.Groups["what"].Value.Trim();
            Add(ratings, context, Aspects.Domain(what) ?? what.ToLowerInvariant(), RatingCatalogue.DomainRatedAs, 1.0);
            return;
        }

        var factor = Aspects.IsCarried(clause) ? CarriedFactor : 1.0;
        Add(ratings, context, aspect, RuleFor(aspect, context.Form), factor, aspect == Aspects.Overall ? GappedBody(context) : null);
        if (aspect == Aspects.Overall && AsWasBody().Match(after) is { Success: true } alsoRated)
        {
            // "The North East region was rated Requires improvement, as was the Wales region", "…, as were X PDU and Y PDU": more bodies, same grade.
            foreach (var other in BodySeparator().Split(alsoRated.Groups["what"].Value))
            {
                if (OtherBody(other) is { } otherBody)
                {
                    Add(ratings, context, Aspects.Overall, RuleFor(aspect, context.Form), CarriedFactor, otherBody);
                }
            }
        }

        if (aspect is not Aspects.Summary && SameRatingFor().Match(after) is { Success: true } same && Aspects.Domain(same.Groups["what"].Value) is { } sameDomain)
        {
            // "rated the PDU ‘Inadequate’ overall, and gave the same rating for staffing".
            Add(ratings, context, sameDomain, RatingCatalogue.DomainRatedAs, CarriedFactor);
        }
    }

    /// <summary>"as ‘Inadequate’ in helping people on probation to change", "Good at keeping children safe": an area of work named by a gerund ("for staffing" names a standard the groups were counted in).</summary>
    [GeneratedRegex(@"^[”’'""]?\s*(?:in|at)\s+(?<what>(?:their|its|the)?\s*(?!(?:spring|during|morning|evening|everything|anything|something|nothing|being|remaining|following|existing|preceding|outstanding)\b)[a-z]{2,}ing\b[^,.;:()–—]{0,60})", RegexOptions.CultureInvariant)]
    private static partial Regex GerundArea();

    /// <summary>"rated Requires improvement in 2023, as was the Wales region".</summary>
    [GeneratedRegex(@"^[”""’']?[^,.;:]{0,30}?,\s*as\s+(?:was|were|is|are|had\s+been)\s+(?<what>[^,.;:()]{3,60})", RegexOptions.CultureInvariant)]
    private static partial Regex AsWasBody();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BodySeparator();

    /// <summary>A body's name after "as was": capitalised, not a domain ("as was its court work" is a domain).</summary>
    private static string? OtherBody(string what)
    {
        var name = what.Trim();
        name = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        return name.Length > 0 && char.IsUpper(name[0]) && Aspects.Domain(name) is null && name.Split(' ').Length <= 8 ? name : null;
    }

    /// <summary>"Eastvale was rated good, Thornby requires improvement": the gapped clause names its own body.</summary>
    private static string? GappedBody(GradeContext context) =>
        context.Form == StatedForm.Continued && GappedSubject(context.Before[context.Scope..]) is { } subject && Aspects.Domain(subject) is null
            ? subject
            : null;

    [GeneratedRegex(@"^[^.;:]{0,40}?\b(?:gave|given|giving|received|awarded|earned)\s+the\s+same\s+(?:rating|grade|judgement)\s+(?:for|to)\s+(?<what>[^,.;:()]{3,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SameRatingFor();

    /// <summary>"let down by the rating of ‘inadequate’": the body's rating, unless a domain follows ("rating of Good for court work").</summary>
    private static string RatingOfAspect(string after) =>
        Aspects.ForWhat(after) is { } forWhat && Aspects.Domain(forWhat) is { } domain ? domain : Aspects.Overall;

    private static string RuleFor(string aspect, StatedForm form) => aspect switch
    {
        Aspects.Summary => RatingCatalogue.SummaryCounted,
        Aspects.Overall => form switch
        {
            StatedForm.RatingNoun or StatedForm.RatingOf => RatingCatalogue.OverallRatingNoun,
            StatedForm.Change => RatingCatalogue.OverallChange,
            StatedForm.Verdict => RatingCatalogue.OverallVerdict,
            _ => RatingCatalogue.OverallRatedAs,
        },
        _ => form switch
        {
            StatedForm.RatingNoun or StatedForm.RatingOf => RatingCatalogue.DomainRatingNoun,
            StatedForm.Change => RatingCatalogue.DomainChange,
            StatedForm.Verdict => RatingCatalogue.DomainVerdict,
            StatedForm.Bracketed => RatingCatalogue.DomainBracketed,
            _ => RatingCatalogue.DomainRatedAs,
        },
    };

    private static void Add(List<FoundRating> ratings, GradeContext context, string aspect, string rule, double factor, string? body = null)
    {
        var grade = context.Grade.Groups["grade"];
        var start = context.SentenceStart + grade.Index;
        var named = aspect == Aspects.Summary ? null : body ?? RatingSubject.Explicit(context.Before, context.Evidence);
        var subject = aspect == Aspects.Summary ? null : named ?? context.DocumentSubject;
        var confidence = RatingCatalogue.ConfidenceOf(rule) * factor * (Grades.IsMarked(context.Grade) ? 1.0 : LowerCaseFactor)
            * (context.Form == StatedForm.Continued ? CarriedFactor : 1.0);
        var rating = new Rating(Grades.Normalise(grade.Value), aspect, subject, context.Evidence, new Evidence(context.Paragraph, start, start + grade.Length))
        {
            Rule = rule,
            Confidence = Math.Round(confidence, 2),
        };
        ratings.Add(new FoundRating(rating, named is not null));
    }

    private static string AfterOf(string sentenceText, Match grade) =>
        TextWindow.Head(sentenceText, grade.Index + grade.Length, sentenceText.Length, WindowChars);

    /// <summary>"‘Good’ or ‘Outstanding’": the second grade of a pair joined by "or", when the first is not part of a longer scale.</summary>
    private static Match? PairedGrade(string sentenceText, Match first, Match second)
    {
        var between = sentenceText.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length);
        var isPair = PairJoint().IsMatch(between) && !RatingContext.GradeListBefore().IsMatch(TextWindow.Tail(sentenceText, 0, first.Index, 40))
            && !RatingContext.GradeListAfter().IsMatch(TextWindow.Head(sentenceText, second.Index + second.Length, sentenceText.Length, 40));
        return isPair ? second : null;
    }

    [GeneratedRegex(@"^[”’'""]?\s*or\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PairJoint();

    /// <summary>"was given", "received", "earned": the clause's subject is what the rating is of.</summary>
    [GeneratedRegex(@"\b(?:received|receives|earned|got|gets|achieved|kept|keeps|retained|retains|secured|gave|gives|given|awarded|handed|was\s+given|were\s+given|has\s+been\s+given|have\s+been\s+given|was\s+awarded|has\s+been\s+awarded)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReceivingVerb();

    /// <summary>Unnamed, uncounted areas: "with some areas judged", "a few aspects were rated".</summary>
    [GeneratedRegex(@"\b(?:some|a\s+few|certain|various|a\s+number\s+of|parts)\s+(?:of\s+(?:its|the|their|our)\s+)?(?:[\w-]+\s+)?(?:areas|aspects|elements|parts|strands|standards|work|practice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    /// <summary>"rated ‘Outstanding’ in some areas": the grade of unnamed areas after it.</summary>
    [GeneratedRegex(@"^[”’'""]?\s*(?:in|for|across)\s+(?:some|a\s+few|certain|various|a\s+number\s+of|parts\s+of|places)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VagueAfter();

    /// <summary>The clause before the grade; "Staff – Inadequate" keeps its label before the dash; "rated, separately, as" reaches past the aside.</summary>
    private static string ClauseOf(string before)
    {
        var text = before.TrimEnd(' ', '–', '—', '-', ':', '“', '"', '‘', '\'');
        var breaks = Aspects.ClauseBreak().Matches(text);
        var end = text.Length;
        for (var b = breaks.Count - 1; b >= 0; b--)
        {
            var clause = text[(breaks[b].Index + 1)..end];
            if (!AsideOnly().IsMatch(clause))
            {
                return text[(breaks[b].Index + 1)..];
            }

            end = breaks[b].Index;
        }

        return text;
    }

    /// <summary>A clause of adverbs alone ("separately", "as", "however"): part of the clause before it.</summary>
    [GeneratedRegex(@"^\s*(?:(?:\w+ly|also|however|again|too|then|now|as|in\s+turn)(?:\s+|$))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsideOnly();
}
