using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Quotes;

/// <summary>Turning a speaker phrase into a speaker: names through the registry, pronouns to the person in view, roles to their holder.</summary>
internal sealed partial class Attributor
{
    private Speaker? Resolve(string phrase, string? role, int paragraph, int position = -1)
    {
        if (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSpeakerWords)
        {
            return null;
        }

        var parsed = SpeakerPhrase.Parse(phrase);
        if (parsed is null)
        {
            return null;
        }

        if (parsed.IsPronoun)
        {
            return MentionedBefore(paragraph, position) ?? _lastSpeaker ?? LastMentioned(paragraph);
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
            if (person is null)
            {
                return parsed.Role is null ? new Speaker(name, null, null) : ResolveRole(parsed.Role) ?? new Speaker(name, givenRole, Organisations.From(givenRole));
            }

            if (person.Role is null && givenRole is not null)
            {
                person.Role = givenRole;
            }

            return person.ToSpeaker();
        }

        return parsed.Role is { } roleOnly ? ResolveRole(roleOnly) : null;
    }

    private Speaker? ResolveRole(string roleOnly)
    {
        var firstWord = roleOnly.TrimStart().Split(' ', 2)[0];
        var holder = SpeakerWords.Indefinites.Contains(firstWord) ? null : registry.FindByRole(roleOnly);
        if (holder is not null)
        {
            return holder.ToSpeaker();
        }

        var lower = Regex.Replace(roleOnly.ToLowerInvariant(), @"^(?:the|a|an)\s+", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new Speaker(lower, roleOnly, Organisations.From(roleOnly));
    }

    /// <summary>For "she said: …": a person named earlier in the same paragraph who is not the last speaker.</summary>
    private Speaker? MentionedBefore(int paragraph, int position)
    {
        if (position <= 0)
        {
            return null;
        }

        var text = Paragraphs[paragraph].Text[..position];
        var best = -1;
        Person? found = null;
        foreach (var person in registry.People)
        {
            var at = text.LastIndexOf(person.Last, StringComparison.Ordinal);
            var atFirst = text.LastIndexOf(person.First, StringComparison.Ordinal);
            at = Math.Max(at, atFirst);
            if (at > best)
            {
                best = at;
                found = person;
            }
        }

        return found?.ToSpeaker();
    }

    private Speaker? LastMentioned(int paragraph)
    {
        for (var p = paragraph; p >= 0; p--)
        {
            var text = Paragraphs[p].Text;
            var best = -1;
            Person? found = null;
            foreach (var person in registry.People)
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
