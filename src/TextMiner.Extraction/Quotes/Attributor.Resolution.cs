using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Quotes;

/// <summary>Turning a speaker phrase into a speaker: names through the registry, pronouns to the person in view, roles to their holder.</summary>
internal sealed partial class Attributor
{
    private readonly List<Speaker> _anonymous = [];

    /// <summary>
    /// The subject of a speech verb: a body named in full speaks as itself ("Sheffield City Council said", "the Prison
    /// Reform Trust said"), never a person's name inside it; anything else as <see cref="Resolve"/>. Only for a subject
    /// a speech verb is attached to: a body opening a sentence without one ("X was found to …") is not speaking.
    /// </summary>
    private Speaker? ResolveSubject(string phrase, string? role, int paragraph, int position = -1)
    {
        var trimmed = phrase.Trim().TrimEnd(',', ':', ';');
        if (SpeakerWords.NamedBody(trimmed) is { } body)
        {
            _resolved = null;
            return new Speaker(body, null, Organisations.From(body) ?? body);
        }

        if (BodyDescription(trimmed) is not { } description || !string.IsNullOrWhiteSpace(role))
        {
            return Resolve(phrase, role, paragraph, position);
        }

        // "The company said": the company named before it, else the description itself, as a role is.
        var named = BodyInView(description, paragraph, position);
        _resolved = named is null ? null : QuoteRules.RoleResolved;
        return named ?? new Speaker(description, null, null);
    }

    private Speaker? Resolve(string phrase, string? role, int paragraph, int position = -1)
    {
        if (SpeakerWords.NamedBody(phrase.Trim().TrimEnd(',', ':', ';')) is not null)
        {
            // "Farley City Council was found to …": a body speaks only through a speech verb (ResolveSubject), and is never a person.
            return null;
        }

        if (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSpeakerWords)
        {
            return null;
        }

        var parsed = SpeakerPhrase.Parse(phrase);
        if (parsed is null)
        {
            // "Another, a case manager in Durham, said": the apposition describes the speaker.
            return string.IsNullOrWhiteSpace(role) || SpeakerPhrase.Parse(role) is null or { IsPronoun: true } ? null : Resolve(role, null, paragraph, position);
        }

        if (parsed.IsPronoun)
        {
            if (phrase.Trim().Split(' ')[^1].Equals("I", StringComparison.OrdinalIgnoreCase) && registry.Author is { } author)
            {
                // "As I said when I took up this post: “…”" in a foreword signed by its author.
                _resolved = QuoteRules.PronounResolved;
                return author.ToSpeaker();
            }

            // "she said" is a person: never "the inspection" or "the Ministry of Justice" in view before it, nor a
            // man the document calls "Mr" or "he".
            var personal = IsPersonalPronoun(phrase);
            var gender = GenderWords.OfPronoun(phrase);
            var inView = LatestSpeaker(paragraph, position, personal, gender) ?? LastMentioned(paragraph, gender);
            _resolved = inView is null ? _resolved : QuoteRules.PronounResolved;
            Bind(inView, gender);
            return inView;
        }

        if (parsed.Name is null && !string.IsNullOrWhiteSpace(role) && SpeakerPhrase.Parse(role) is { Name: not null } appositive)
        {
            // "Napo’s general secretary, Ian Lawrence, said": the name is in the apposition.
            parsed = appositive with { Role = parsed.Role ?? appositive.Role };
            role = parsed.Role;
        }

        var givenRole = string.IsNullOrWhiteSpace(role) ? parsed.Role : role.Trim();
        if (parsed.Name is { } name)
        {
            var person = registry.FindByName(name)
                ?? (name.Contains(' ', StringComparison.Ordinal) ? registry.Add(name, givenRole) : null);
            if (person is null && parsed.Role is null && ContentWords(phrase) > 1)
            {
                // "Merseyside Community Rehabilitation Company was": a capitalised word inside a longer phrase, not a person.
                return null;
            }

            if (person is null)
            {
                _resolved = null;
                if (parsed.Role is null)
                {
                    return new Speaker(name, null, null);
                }

                // "Justice minister Lord Ferris said": a title marks the lone word as a person's name, not part of the role.
                return IsTitled(phrase, name) ? new Speaker(name, givenRole, Organisations.From(givenRole))
                    : ResolveRole(parsed.Role, out _) ?? new Speaker(name, givenRole, Organisations.From(givenRole));
            }

            if (person.Role is null && givenRole is not null)
            {
                person.Role = givenRole;
            }

            _resolved = name.Contains(' ', StringComparison.Ordinal) ? null : QuoteRules.SurnameResolved;
            return person.ToSpeaker();
        }

        if (parsed.Role is not { } roleOnly)
        {
            return null;
        }

        var bySpeaker = ResolveRole(roleOnly, out var holderFound);
        _resolved = holderFound ? QuoteRules.RoleResolved : null;
        return bySpeaker;
    }

    private static bool IsTitled(string phrase, string name)
    {
        var tokens = phrase.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(tokens, t => t.Trim(',', ';', ':', '.', '(', ')').StartsWith(name, StringComparison.Ordinal));
        return at > 0 && SpeakerWords.Titles.Contains(tokens[at - 1].TrimEnd('.'));
    }

    private static int ContentWords(string phrase) =>
        phrase.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Trim(',', ';', ':', '.', '(', ')', '“', '”', '"', '‘', '’') is { Length: > 0 } t && !SpeakerWords.Titles.Contains(t.TrimEnd('.')) && !FunctionWords.Contains(t) && char.IsLetter(t[0]));

    /// <summary>Words a speaker phrase may carry beside a lone name: "the MoJ", "Karen also", "and Ruth herself".</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "but", "then", "also", "further", "has", "had", "have", "later", "now", "once", "again",
        "previously", "recently", "yesterday", "today", "himself", "herself", "themselves", "itself",
    };

    private Speaker? ResolveRole(string roleOnly, out bool holderFound)
    {
        var firstWord = roleOnly.TrimStart().Split(' ', 2)[0];
        var holder = SpeakerWords.Indefinites.Contains(firstWord) ? null : registry.FindByRole(roleOnly);
        holderFound = holder is not null;
        if (holder is not null)
        {
            return holder.ToSpeaker();
        }

        var lower = roleOnly.ToLowerInvariant();
        if (holder is null && !SpeakerWords.Indefinites.Contains(firstWord)
            && _anonymous.FindLast(a => PersonRegistry.RoleWordsOf(lower).IsSubsetOf(PersonRegistry.RoleWordsOf(a.Name ?? string.Empty))) is { } earlier)
        {
            // "The spokesperson added" after "A Ministry of Justice spokesperson said".
            return earlier;
        }

        var speaker = SpeakerWords.OrganisationName(roleOnly) is { } body
            ? new Speaker(body, null, Organisations.From(body) ?? body)
            : new Speaker(lower, roleOnly, Organisations.From(roleOnly));
        _anonymous.Add(speaker);
        return speaker;
    }

    private const int PronounReachParagraphs = 2;

    /// <summary>How far back before a pronoun to look for who is in view.</summary>
    private const int ReachChars = 600;

    /// <summary>
    /// For "she said": whoever was last in view, paragraph by paragraph back from the pronoun (two at most): the
    /// subject of the latest speech verb, else the person named last, else the speaker of a quote in that paragraph.
    /// Only text after that quote competes with its speaker, and words inside quotes never count.
    /// </summary>
    private Speaker? LatestSpeaker(int paragraph, int position, bool personal = false, Gender gender = Gender.Unknown)
    {
        bool Fits(Speaker speaker) => (!personal || IsPersonLike(speaker)) && GenderWords.Agree(GenderOf(speaker), gender);

        for (var p = paragraph; p >= 0 && p >= paragraph - PronounReachParagraphs; p--)
        {
            var text = masked[p];
            var limit = p == paragraph && position >= 0 ? Math.Min(position, text.Length) : text.Length;
            var hasLastSpeaker = _lastSpeaker is not null && p == _lastSpeakerParagraph && _lastSpeakerPosition < limit;
            var before = TextWindow.Tail(text, 0, limit, ReachChars);
            var windowStart = limit - before.Length;
            var from = hasLastSpeaker ? Math.Max(0, _lastSpeakerPosition - windowStart) : 0;
            var roleSubject = AttributionPatterns.RoleSentenceSubject().Matches(before).LastOrDefault(m => m.Index >= from);
            var verbs = AttributionPatterns.Verb().Matches(before);
            for (var v = verbs.Count - 1; v >= 0 && verbs[v].Index >= from; v--)
            {
                if (roleSubject is not null && roleSubject.Index > verbs[v].Index)
                {
                    break;
                }

                if (SubjectOf(before, verbs[v], p, windowStart + verbs[v].Index, allowPronoun: false) is { } subject && Fits(subject))
                {
                    return subject;
                }
            }

            if (roleSubject is not null && Resolve(roleSubject.Groups["sp"].Value, null, p) is { } role && Fits(role))
            {
                return role;
            }

            if (NamedLast(before, from, gender) is { } named)
            {
                return named.ToSpeaker();
            }

            if (hasLastSpeaker && Fits(_lastSpeaker!))
            {
                return _lastSpeaker;
            }
        }

        if (_lastSpeaker is null || Fits(_lastSpeaker))
        {
            return _lastSpeaker;
        }

        // "“…,” she said" after a man has spoken: the speaker chain back to the last speaker who can be meant.
        return gender == Gender.Unknown ? null : _speakers.FindLast(Fits);
    }

    /// <summary>Every speaker found so far, in document order: the chain a pronoun can reach back along.</summary>
    private readonly List<Speaker> _speakers = [];

    private Gender GenderOf(Speaker speaker) => registry.FindByName(speaker.Name)?.Gender ?? Gender.Unknown;

    /// <summary>"she said" resolved to a person the document had not marked: a later "he" is somebody else.</summary>
    private void Bind(Speaker? speaker, Gender gender)
    {
        if (speaker is not null && gender != Gender.Unknown && registry.FindByName(speaker.Name) is { Gender: Gender.Unknown } person
            && person.FullName.Equals(speaker.Name, StringComparison.Ordinal))
        {
            person.Gender = gender;
        }
    }

    private static bool IsPersonalPronoun(string phrase) =>
        phrase.Trim().Split(' ')[^1].ToLowerInvariant() is "he" or "she" or "him" or "her";

    /// <summary>A named person or a human role ("the chief executive"); not a report, an inquiry or an organisation.</summary>
    private static bool IsPersonLike(Speaker speaker)
    {
        var words = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.')).ToArray();
        if (words.Any(w => SpeakerWords.RoleNouns.Contains(w) && !SpeakerWords.NonPersonNouns.Contains(w)))
        {
            // "a spokesperson for the Ministry of Justice": a person speaking for a body.
            return true;
        }

        if (words.Length == 0 || words.Any(SpeakerWords.NonPersonNouns.Contains))
        {
            return false;
        }

        // "Napo", "HMIP": one capitalised word or an acronym names a body, not a person.
        return char.IsLower(speaker.Name[0]) || (words.Length >= 2 && !words.All(w => w.All(char.IsUpper)));
    }

    private Person? NamedLast(string text, int from, Gender gender = Gender.Unknown)
    {
        var best = from - 1;
        Person? found = null;
        foreach (var person in registry.People)
        {
            if (!GenderWords.Agree(person.Gender, gender))
            {
                continue;
            }

            var at = Math.Max(text.LastIndexOf(person.Last, StringComparison.Ordinal), text.LastIndexOf(person.First + " ", StringComparison.Ordinal));
            if (at > best)
            {
                best = at;
                found = person;
            }
        }

        return found;
    }

    private Speaker? LastMentioned(int paragraph, Gender gender)
    {
        for (var p = paragraph; p >= 0; p--)
        {
            var text = Paragraphs[p].Text;
            var best = -1;
            Person? found = null;
            foreach (var person in registry.People.Where(person => GenderWords.Agree(person.Gender, gender)))
            {
                var at = text.LastIndexOf(person.Last, StringComparison.Ordinal);
                if (at > best)
                {
                    best = at;
                    found = person;
                }
            }

            if (found is not null)
            {
                return found.ToSpeaker();
            }
        }

        return null;
    }
}
