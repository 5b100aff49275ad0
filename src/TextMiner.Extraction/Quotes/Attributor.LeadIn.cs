using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Quotes;

/// <summary>Lead-ins: the subject of a speech verb before a quote, with its apposition.</summary>
internal sealed partial class Attributor
{
    private const int MaxLeadInVerbs = 3;

    /// <summary>
    /// The subject of the last speech verb before a quote; "X said the company had …, adding: “…”" falls back to
    /// the verb before ("said").
    /// </summary>
    private Speaker? LeadIn(string before, int paragraph, int offset = -1)
    {
        var according = AttributionPatterns.AccordingTo().Match(before);
        if (according.Success && ResolveSubject(according.Groups["sp"].Value, null, paragraph) is { } s0)
        {
            _form = QuoteRules.AccordingTo;
            return s0;
        }

        var verbs = AttributionPatterns.Verb().Matches(before);
        for (var v = verbs.Count - 1; v >= 0 && v >= verbs.Count - MaxLeadInVerbs; v--)
        {
            if (SubjectOf(before, verbs[v], paragraph, offset < 0 ? -1 : offset + verbs[v].Index, allowPronoun: true) is { } speaker)
            {
                return speaker;
            }
        }

        // "The CRC was judged by inspectors to have done “…”": the agent of a verdict in the passive.
        var agent = AttributionPatterns.PassiveAgent().Match(before);
        return agent.Success ? ResolveSubject(agent.Groups["sp"].Value, null, paragraph) : null;
    }

    /// <summary>The speaker phrase before a speech verb, with an appositive role ("X, General Secretary, said").</summary>
    private Speaker? SubjectOf(string text, Match verb, int paragraph, int position, bool allowPronoun)
    {
        var relative = AttributionPatterns.RelativeWho().Match(text[..verb.Index]);
        if (relative.Success)
        {
            // "The meeting heard from Ruth Abernethy, a senior practitioner, who said …": the antecedent speaks.
            var antecedent = text[..(relative.Index + 1)];
            return NamedLast(antecedent[Math.Max(0, antecedent.LastIndexOfAny(['.', '!', '?', ';', '“', '”']) + 1)..], 0)?.ToSpeaker()
                ?? Apposition(antecedent, paragraph, position);
        }

        var which = AttributionPatterns.RelativeWhich().Match(text[..verb.Index]);
        if (which.Success && ResolveSubject(which.Groups["sp"].Value, null, paragraph) is { } document)
        {
            // "… agrees with the Justice Select Committee report, which said it was ‘…’": the antecedent says it.
            return document;
        }

        if (Apposition(text[..verb.Index], paragraph, position) is { } appositive)
        {
            return appositive;
        }

        var subject = text[..verb.Index].TrimEnd();
        string? role = null;
        if (subject.EndsWith(','))
        {
            var inner = subject[..^1];
            var comma = inner.LastIndexOf(',');
            if (comma > 0)
            {
                role = inner[(comma + 1)..];
                subject = inner[..comma];
            }
        }

        var cut = subject.LastIndexOfAny([',', ';', ':', '.', '?', '!', '“', '”', '"', '‘', '’', '(', ')', '–', '—']);
        if (cut >= 0 && !(subject[cut] is '’' && cut + 1 < subject.Length && subject[cut + 1] == 's'))
        {
            subject = subject[(cut + 1)..];
        }

        if (AttributionPatterns.CoordinatorEnd().IsMatch(subject))
        {
            // "X said it had written to staff and promised “…”": a verb with no subject of its own; the earlier verb's speaks.
            return null;
        }

        var conjunctions = AttributionPatterns.Subordinator().Matches(subject);
        if (conjunctions.Count > 0 && !allowPronoun)
        {
            // "… confirmed what members had been saying": reported speech inside a clause, not a speaker in view.
            return null;
        }

        if (conjunctions.Count > 0)
        {
            // "I know this because the minister told …": the speaker is the subject of the last clause.
            var last = conjunctions[^1];
            subject = subject[(last.Index + last.Length)..];
        }

        // "Service leaders are also being urged to …": the subject of a passive speech verb is spoken to, not speaking.
        if ((!allowPronoun && SpeakerPhrase.Parse(subject) is { IsPronoun: true }) || AttributionPatterns.ParticipleOpening().IsMatch(subject.Trim())
            || AttributionPatterns.PassiveAuxiliary().IsMatch(subject))
        {
            return null;
        }

        if (AttributionPatterns.LoneOne().IsMatch(subject) && string.IsNullOrWhiteSpace(role) && OneOfGroup(subject.Trim(), paragraph, position) is { } member)
        {
            return member;
        }

        return ResolveSubject(subject, role, paragraph, position);
    }

    /// <summary>"Senior probation officers were sympathetic. One told us: …": one of the group just named.</summary>
    private Speaker? OneOfGroup(string pronoun, int paragraph, int position)
    {
        var another = pronoun.StartsWith("another", StringComparison.OrdinalIgnoreCase);
        var text = Paragraphs[paragraph].Text;
        var before = TextWindow.Tail(text, 0, position >= 0 && position <= text.Length ? position : text.Length, 600);
        var group = AttributionPatterns.PluralGroup().Matches(before).LastOrDefault();
        if (group is null)
        {
            // "One practitioner told inspectors: …" then "Another said: …": another of the same kind.
            return another && _lastSpeaker?.Name is { } last && last.StartsWith("one ", StringComparison.Ordinal)
                ? new Speaker("another " + last[4..], _lastSpeaker.Role, _lastSpeaker.Organisation)
                : null;
        }

        var plural = group.Value.Trim();
        var singular = plural.EndsWith('s') ? plural[..^1] : plural;
        return new Speaker((another ? "another " : "one ") + singular.ToLowerInvariant(), null, null);
    }

    /// <summary>
    /// "Chris Atherton, who chairs the Kent, Surrey and Sussex branch, said": before a verb that follows a comma the
    /// speaker is the first part that names somebody, and what follows it describes them.
    /// </summary>
    /// <summary>
    /// "X, Napo co-chair, Family Court Section, put it down to: “…”": the named person of the apposition before the
    /// predicate, else whoever the lead-in names last.
    /// </summary>
    private Speaker? ColonLeadInSpeaker(string lead, int paragraph)
    {
        var lastComma = lead.LastIndexOf(',');
        if (lastComma > 0 && Apposition(lead[..(lastComma + 1)], paragraph, -1) is { Name: { Length: > 0 } name } apposed && char.IsUpper(name[0]))
        {
            return apposed;
        }

        return NamedLast(lead, 0)?.ToSpeaker();
    }

    private Speaker? Apposition(string before, int paragraph, int position)
    {
        // "Cllr Maria Dorsey (Labour), cabinet member for children, said": a short bracketed aside (a party, an age) is dropped.
        var trimmed = AttributionPatterns.ShortAside().Replace(TextWindow.Tail(before, 400), string.Empty).TrimEnd();
        if (!trimmed.EndsWith(','))
        {
            return null;
        }

        var segmentStart = trimmed.LastIndexOfAny(['.', ';', ':', '?', '!', '“', '”', '"', '(', ')']) + 1;
        var parts = trimmed[segmentStart..^1].Split(',');
        // "Sheffield City Council’s executive member for children, Jackie Drayton, said": a part that is a name alone
        // is the speaker before a part whose capitals belong to a role ("Sheffield City Council’s …").
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i].Trim();
                if (part.Length > 0 && !AttributionPatterns.OpeningPhrase().IsMatch(part) && part.Split(' ').Length <= MaxAppositionWords
                    && SpeakerPhrase.Parse(part) is { IsPronoun: false, Name: { } name } parsed && (pass == 1 || parsed.Role is null)
                    && (name.Contains(' ', StringComparison.Ordinal) || IsTitled(part, name)))
                {
                    var described = string.Join(',', parts.Where((_, j) => j != i)).Trim();
                    return Resolve(part, described.Length == 0 ? null : described, paragraph, position);
                }
            }
        }

        for (var i = 0; i < parts.Length - 1; i++)
        {
            var part = parts[i].Trim();
            if (part.Length == 0 || AttributionPatterns.OpeningPhrase().IsMatch(part) || part.Split(' ').Length > MaxAppositionWords)
            {
                continue;
            }

            if (SpeakerPhrase.Parse(part) is { IsPronoun: false } parsed && (parsed.Name is not null || parsed.Role is not null))
            {
                return Resolve(part, string.Join(',', parts[(i + 1)..]).Trim(), paragraph, position);
            }
        }

        return null;
    }

    private const int MaxAppositionWords = 8;
}
