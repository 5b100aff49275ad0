using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// A speaker phrase split into a name (titles removed) and a role: "Chief Inspector of Probation Dame Glenys Stacey"
/// → name "Glenys Stacey", role "Chief Inspector of Probation"; "One NPS manager" → role only.
/// </summary>
internal sealed partial record SpeakerPhrase(string? Name, string? Role, bool IsPronoun)
{
    private const int MaxNameTokens = 3;
    private const int MaxDescriptionTokens = 12;

    [GeneratedRegex(@"^(?:\d{1,4}\.(?!\d))?[\s,;:.“”""‘’'()\-–—•*]+|^\d{1,4}\.(?!\d)|[\s,;:.“”""‘’'()\-–—•*]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Edges();

    [GeneratedRegex(@"^in\s+the\s+words\s+of\s+|^(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|blog|post|interview|speech|response|report|tweet|briefing|article|foreword|email|message|address)\s*,?\s+|^(?:and|but|then|as|while|so|also|now|later|here|again|meanwhile|however|nevertheless|separately|similarly|likewise|instead|indeed|with|among|amongst|from|within|under)\s+|\s+(?:has|had|have|also|further|later|then|previously|recently|once|yesterday|today|himself|herself|themselves|has\s+also|had\s+also|,)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?:’s|'s)$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>"the JSC inquiry’s findings": the body whose findings they are; "the watchdog’s annual report": the report (a generic owner names nobody).</summary>
    [GeneratedRegex(@"^(?<owner>.+?)(?:’s|'s)\s+(?<document>(?:[\w-]+\s+){0,2}?(?:findings|report|verdict|view|views|words|conclusions?|statement|letter|response|assessment|evidence|analysis))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnedDocument();

    /// <summary>"the Justice Select Committee report", "the Public Accounts Committee’s report": a named body's document.</summary>
    [GeneratedRegex(@"^(?:(?i:the)\s+)?(?<owner>[A-Z][\w&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&-]*){1,5})\s+(?:report|review|inquiry|findings|letter|statement)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationDocument();

    /// <summary>An owner described, not named: "the watchdog", "the inspectorate", "its".</summary>
    [GeneratedRegex(@"^(?:(?i:the|its|their|this|that)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedOwner();

    /// <summary>"HM Inspectorate of Probation inspectors", "Napo members": a group of role holders named after a known organisation is the group ("Probation officers" is not).</summary>
    [GeneratedRegex(@"^(?:HM\s+|His\s+|Her\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|and|for|the))*\s+(?<group>[a-z][\w-]*s)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationGroup();

    /// <summary>"that dividing the service had …", "whether staff …": a clause, never a speaker.</summary>
    [GeneratedRegex(@"^(?:that|which|whether|because|if|although|though|despite|there|it\s+is|it\s+was)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"^(?i:the)\s+(?:[a-z][\w’'-]*\s+){1,3}(?<body>\p{Lu}[\w’'-]*(?:\s+\p{Lu}[\w’'-]*){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedBody();

    public static SpeakerPhrase? Parse(string phrase)
    {
        var text = Filler().Replace(Edges().Replace(phrase, string.Empty), string.Empty);
        text = Filler().Replace(text, string.Empty).Trim();
        if (text.Length == 0 || ClauseOpening().IsMatch(text))
        {
            return null;
        }

        if (SpeakerWords.Pronouns.Contains(text))
        {
            return new SpeakerPhrase(null, null, true);
        }

        if (OrganisationDocument().Match(text) is { Success: true } document)
        {
            // "the Justice Select Committee report": the body whose report it is.
            return new SpeakerPhrase(null, document.Groups["owner"].Value.Trim(), false);
        }

        if (OwnedDocument().Match(text) is { Success: true } ownedWhole && DocumentOfDescribedOwner(ownedWhole) is { } report)
        {
            return new SpeakerPhrase(null, report, false);
        }

        var tokens = text.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).ToArray();
        if (tokens.Length >= 2 && tokens.Length <= MaxDescriptionTokens && SpeakerWords.Indefinites.Contains(tokens[0]))
        {
            // "A PQiP in Yorkshire", "one member of staff at the company’s Lincoln office": an anonymous speaker.
            return new SpeakerPhrase(null, string.Join(' ', tokens).Trim(',', ' '), false);
        }

        var (start, length) = BestNameRun(tokens);
        if (length > 0 && IsPlace(tokens, start))
        {
            if (tokens.Length > MaxDescriptionTokens - 4 || SpeakerWords.Pronouns.Contains(tokens[0]))
            {
                return null;
            }

            // "one officer in the North East": the capitals name a place, and the speaker is the description.
            var description = string.Join(' ', tokens.Where(t => !SpeakerWords.Titles.Contains(t.TrimEnd('.')))).Trim(',', ' ');
            return HasRoleNoun(tokens) ? new SpeakerPhrase(null, description, false) : null;
        }

        var name = length > 0 ? string.Join(' ', tokens.Skip(start).Take(length).Select(Clean)) : null;
        var roleTokens = tokens.Where((t, i) => (i < start || i >= start + length) && !SpeakerWords.Titles.Contains(t.TrimEnd('.')))
            .Select(t => t.Trim(',', ';', '(', ')')).ToArray();
        var role = roleTokens.Any(t => SpeakerWords.RoleNouns.Contains(Possessive().Replace(t, string.Empty)) || IsAcronym(t))
            ? string.Join(' ', roleTokens).Trim(',', ' ')
            : null;
        if (role is not null && OwnedDocument().Match(role) is { Success: true } owned)
        {
            role = DocumentOfDescribedOwner(owned) ?? owned.Groups["owner"].Value;
        }

        if (name is null && role is not null && OrganisationGroup().Match(role) is { Success: true } group
            && SpeakerWords.RoleNouns.Contains(group.Groups["group"].Value) && Organisations.From(role[..group.Groups["group"].Index]) is not null)
        {
            role = group.Groups["group"].Value;
        }

        if (name is null && role is not null && DescribedBody().Match(role) is { Success: true } described)
        {
            // "the union Napo", "the probation watchdog HMIP": the body's own name, not its description.
            role = described.Groups["body"].Value;
        }
        if (name is null && role is null)
        {
            return null;
        }

        return new SpeakerPhrase(name, role, false);
    }

    public static bool IsNameToken(string token)
    {
        var t = Possessive().Replace(token.Trim(',', ';', '.', ':'), string.Empty);
        return t.Length > 1 && char.IsUpper(t[0]) && t.Skip(1).Any(char.IsLower) && t.All(c => char.IsLetter(c) || c is '-' or '’' or '\'')
            && !SpeakerWords.NotNames.Contains(t) && !t.Split('-').Any(part => SpeakerWords.RoleNouns.Contains(part)) && !SpeakerWords.Titles.Contains(t) && !SpeakerWords.Pronouns.Contains(t);
    }

    private static bool IsPlace(string[] tokens, int nameStart)
    {
        var before = nameStart - 1;
        if (before >= 0 && tokens[before].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before--;
        }

        return before >= 0 && SpeakerWords.PlacePrepositions.Contains(tokens[before]);
    }

    private static bool HasRoleNoun(string[] tokens) =>
        tokens.Any(t => SpeakerWords.RoleNouns.Contains(Possessive().Replace(t.Trim(',', ';', '(', ')'), string.Empty)) || IsAcronym(t));

    /// <summary>"The watchdog’s Annual Report": a described owner names nobody, so the document speaks ("the annual
    /// report"); null when the owner is named.</summary>
    private static string? DocumentOfDescribedOwner(Match owned) =>
        DescribedOwner().IsMatch(owned.Groups["owner"].Value.Trim()) ? "the " + owned.Groups["document"].Value.ToLowerInvariant() : null;

    private static string Clean(string token) => Possessive().Replace(token.Trim(',', ';', '.', ':', '(', ')'), string.Empty);

    private static bool IsAcronym(string token) => token.Length >= 2 && token.All(c => char.IsUpper(c) || c is '’' or '\'' or 's');

    /// <summary>
    /// The first run of two or more name tokens, else the first single name token; but a run that ends the phrase wins
    /// when a role noun stands between: in "Leeds Youth Justice Service head Ruth Allam" the first capitals belong to the role.
    /// </summary>
    private static (int Start, int Length) BestNameRun(string[] tokens)
    {
        var runs = NameRuns(tokens);
        var first = runs.FirstOrDefault(r => r.Length >= 2);
        if (first.Length == 0)
        {
            return runs.Count > 0 ? runs[0] : (0, 0);
        }

        var last = runs[^1];
        return last.Length >= 2 && last.Start > first.Start && last.Start + last.Length == tokens.Length
            && tokens[(first.Start + first.Length)..last.Start].Any(t => SpeakerWords.RoleNouns.Contains(Clean(t)))
            ? last
            : first;
    }

    private static List<(int Start, int Length)> NameRuns(string[] tokens)
    {
        var runs = new List<(int Start, int Length)>();
        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameToken(tokens[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < tokens.Length && IsNameToken(tokens[i]) && !tokens[i].EndsWith(',') && i - start < MaxNameTokens)
            {
                i++;
            }

            if (i < tokens.Length && IsNameToken(tokens[i]) && tokens[i].EndsWith(',') && i - start < MaxNameTokens)
            {
                i++;
            }

            runs.Add((start, i - start));
        }

        return runs;
    }
}
