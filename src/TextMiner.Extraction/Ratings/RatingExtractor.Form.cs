using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Ratings;

/// <summary>Whether a grade is a rating, and how the text states it.</summary>
internal static partial class RatingExtractor
{
    private const int VerdictWindow = 160;

    /// <summary>The form that makes the grade a rating, or null when it is an adjective, a scale, a score or a wish.</summary>
    private static StatedForm? RatingForm(Match match, string before, string after, int scopeStart, bool continues)
    {
        var isPhrase = match.Groups["grade"].Value.Contains(' ', StringComparison.Ordinal);
        if ((isPhrase ? RatingContext.ScoreAfter().IsMatch(after) : !RatingContext.AllowedAfter().IsMatch(after)) || RatingContext.GradeListAfter().IsMatch(after)
            || RatingContext.GradeListBefore().IsMatch(before) || RatingContext.ScoreBefore().IsMatch(before))
        {
            return null;
        }

        if (RatingContext.TallyBefore().IsMatch(TextWindow.Tail(before, 20)) && RatingContext.PluralRatingNounAfter().IsMatch(after))
        {
            // "received seven ‘Good’ ratings and five ‘Requires improvement’ ratings": a body's tally of its standards' grades.
            var sinceLast = before[scopeStart..];
            return RatingContext.ReceivedTally().IsMatch(TextWindow.Tail(sinceLast, 60)) || (continues && RatingContext.JoinedTally().IsMatch(TextWindow.Tail(sinceLast, 30)))
                ? StatedForm.Tally
                : null;
        }

        var isMarked = Grades.IsMarked(match);
        // "court work (Good)", "Linwood PDU (Requires improvement)": a grade in brackets after a domain or a body's name.
        if (isMarked && RatingContext.OpenBracketBefore().IsMatch(before) && after.TrimStart().StartsWith(')')
            && (Aspects.Domain(TextWindow.Tail(before, 40)) is not null || RatingSubject.EndsWithBody(before)))
        {
            return StatedForm.Bracketed;
        }

        // Negations and hypotheticals reach back to the previous grade only: "none was rated Outstanding and only one was rated Good".
        var sincePrevious = before[scopeStart..];
        if (RatingContext.Hypothetical().IsMatch(TextWindow.Tail(RatingContext.RelativeAside().Replace(TextWindow.Tail(sincePrevious, 4 * HypotheticalWindow), ","), HypotheticalWindow)))
        {
            return null;
        }

        var window = TextWindow.Tail(before, TriggerWindow);
        // A lower-case grade needs a rating verb right before it ("was rated good"), or a rating noun after it and a rating
        // word before ("gave it an inadequate rating").
        if (isMarked
            ? RatingContext.Trigger().IsMatch(window) || RatingContext.RatingNounAfter().IsMatch(after)
            : RatingContext.StrictBefore().IsMatch(before) || (RatingContext.RatingNounAfter().IsMatch(after) && RatingContext.Trigger().IsMatch(window))
                || ((RatingContext.FoundToBe().IsMatch(before) || IsFoundDomain(match, before)) && !RatingContext.AdjectiveUseAfter().IsMatch(after)))
        {
            return StatedFormOf(before, after);
        }

        // "… and requires improvement for implementation and delivery": the grade phrase continues the rating for a named domain.
        if (continues && RatingContext.Continuation().IsMatch(TextWindow.Tail(sincePrevious, 200))
            && (isMarked || RatingContext.CountOrAsBefore().IsMatch(sincePrevious) || GappedSubject(sincePrevious) is not null
                || (isPhrase && Aspects.ForWhat(after) is { } forWhat && Aspects.Domain(forWhat) is not null)))
        {
            return StatedForm.Continued;
        }

        var isQuoted = match.Groups["open"].Success && match.Groups["close"].Success;
        var isVerdict = RatingContext.VerdictBefore().IsMatch(TextWindow.Tail(before, VerdictWindow)) || RatingContext.VerdictAfter().IsMatch(TextWindow.Head(after, 80))
            || (RatingContext.CopulaBefore().IsMatch(before) && Aspects.SubjectDomainOf(ClauseOf(sincePrevious)) is not null);
        // "Carlow PDU requires improvement, inspectors said": the grade phrase needs no quote marks, but only for a body.
        var isBodyVerdict = isPhrase && RatingContext.BodyAsSubject().IsMatch(ClauseOf(sincePrevious));
        // "The youth justice service in Penhallow is outstanding, inspectors have said": unquoted, but the inspectors'
        // verdict follows at once and the clause is the body (or, for a grade other than good, a domain) and a copula.
        var isSaidVerdict = RatingContext.VerdictAfter().IsMatch(TextWindow.Head(after, 80))
            && (RatingContext.BodyIsBefore().IsMatch(ClauseOf(sincePrevious))
                || (!match.Groups["grade"].Value.Equals("good", StringComparison.OrdinalIgnoreCase) && RatingContext.CopulaBefore().IsMatch(before)
                    && Aspects.SubjectDomainOf(ClauseOf(sincePrevious)) is not null));
        return (isQuoted || isBodyVerdict || isSaidVerdict || IsDomainFinding(match, sincePrevious)) && isVerdict && !RatingContext.AdjectiveUseAfter().IsMatch(after)
            ? StatedForm.Verdict
            : null;
    }

    /// <summary>
    /// "Inspectors found that case supervision was inadequate", "… that its staffing, services and information were
    /// inadequate": what the inspectors found of named domains, unquoted. Not "good", the everyday adjective ("found that
    /// staff morale was good").
    /// </summary>
    private static bool IsDomainFinding(Match match, string sincePrevious)
    {
        if (match.Groups["grade"].Value.Equals("good", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var finding = RatingContext.FindingOf().Match(TextWindow.Tail(sincePrevious, 160));
        if (!finding.Success)
        {
            return false;
        }

        var subject = finding.Groups["subject"].Value;
        return !ClauseWord().IsMatch(subject) && DomainList(subject).Count > 0;
    }

    /// <summary>"found its work with children subject to court orders to be outstanding": the object names a domain (not "good", the everyday adjective).</summary>
    private static bool IsFoundDomain(Match match, string before) =>
        !match.Groups["grade"].Value.Equals("good", StringComparison.OrdinalIgnoreCase)
        && RatingContext.FoundObjectToBe().Match(TextWindow.Tail(before, 120)) is { Success: true } found && Aspects.Domain(found.Groups["object"].Value) is not null;

    /// <summary>
    /// The subject of a gapped clause that shares the previous grade's verb: "Eastvale was rated good, Thornby requires
    /// improvement" (a body's name) or "rated its staffing inadequate and its leadership good" (a domain).
    /// </summary>
    internal static string? GappedSubject(string sincePrevious)
    {
        var gapped = RatingContext.GappedClause().Match(TextWindow.Tail(sincePrevious, 80));
        if (!gapped.Success)
        {
            return null;
        }

        var subject = gapped.Groups["subject"].Value.Trim();
        return !ClauseWord().IsMatch(subject) && (Aspects.Domain(subject) is not null || RatingContext.ProperName().IsMatch(subject)) ? subject : null;
    }

    private static StatedForm StatedFormOf(string before, string after)
    {
        if (RatingContext.RatingOfBefore().IsMatch(before))
        {
            return StatedForm.RatingOf;
        }

        if (RatingContext.RatingNounAfter().IsMatch(after))
        {
            return StatedForm.RatingNoun;
        }

        return RatingContext.ChangeBefore().IsMatch(TextWindow.Tail(before, 60)) ? StatedForm.Change : StatedForm.RatedAs;
    }
}
