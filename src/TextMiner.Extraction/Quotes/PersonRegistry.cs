using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Quotes;

/// <summary>
/// The people a document names (after a title, beside a role, or before a speech verb), so that surnames, first
/// names after a title ("Dame Glenys") and roles ("the Chief Inspector") resolve to one full name.
/// </summary>
internal sealed partial class PersonRegistry
{
    private const string NameToken = @"[A-Z][\w’'-]+";

    private readonly List<Person> _people = [];

    /// <summary>Surnames met only after a title ("Ms Harte"), to complete from a "Lucy Harte" elsewhere in the document.</summary>
    private readonly List<(string Surname, Gender Gender)> _titledSurnames = [];

    /// <summary>Bounds the surname completion pass: each surname is one linear search of the document.</summary>
    private const int MaxTitledSurnames = 40;

    [GeneratedRegex(@"\b(?<title>Dame|Sir|Mr|Mrs|Ms|Miss|Mx|Dr|Lord|Baroness|Lady|Professor|Prof|Cllr|Councillor)\.?\s+(?<n>" + NameToken + @"(?:\s+" + NameToken + @"){0,2})",
        RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"(?<role>(?:\b[A-Z][\w’'-]*\s+(?:(?:of|for|the|and)\s+)*){1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"(?<n>\b" + NameToken + @"\s+" + NameToken + @")(?:\s*,\s*(?<role>[^,.;:“”""‘’()]{3,90}?)\s*,|\s+\((?<role>[^)]{3,90})\))?\s*,?\s+(?:" + SpeechVerbs.Pattern + @"|who\b|has\b|had\b|is\b|was\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(@"(?<role>(?:\b[A-Z][\w’'-]*\s+(?:(?:of|for|the|and)\s+)*){0,5}(?:(?:general|assistant|deputy|national|branch|senior|chief|principal|regional|acting|interim|joint|vice|area|divisional|cabinet|shadow|probation|union)\s+){0,3}(?i:secretary|inspector|chair|chairman|chairwoman|chairperson|president|officer|director|minister|spokesperson|spokesman|spokeswoman|executive|lead|manager|official|organiser|leader|governor|commissioner|chancellor|MP|head|member|representative|rep))(?:\s+|\s*,\s*)(?<n>" + NameToken + @"\s+" + NameToken + @"(?:\s+" + NameToken + @")?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleThenName();

    /// <summary>"Grace Adeyemi qualified as …" at a sentence start, or "an interview with Grace Adeyemi".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+|[–—]\s+|\b(?:interview\s+with|meet|profile\s+of|speaking\s+to|spoke\s+to)\s+)(?<n>" + NameToken + @"\s+" + NameToken + @")(?=\s+[a-z]|\s*$|\s*[,.:;]|\s+[–—])",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubjectName();

    /// <summary>"Sarah, not her real name,": a speaker known by one name.</summary>
    [GeneratedRegex(@"\b(?<n>" + NameToken + @")\s*(?:,|\()\s*not\s+(?:her|his|their)\s+real\s+name", RegexOptions.CultureInvariant)]
    private static partial Regex Pseudonym();

    /// <summary>"Priya Ramanathan, a victim liaison officer (VLO) in the West Midlands".</summary>
    [GeneratedRegex(@"(?<n>\b" + NameToken + @"\s+" + NameToken + @")\s*,\s*(?<role>(?:an?|the|Napo’s|Napo's|its|our)\s+(?:[\w’'()-]+\s+){0,5}?(?i:officer|manager|secretary|chair|convenor|convener|official|organiser|spokesperson|spokesman|spokeswoman|inspector|director|member|rep|representative|lecturer|criminologist|researcher|worker|practitioner|assessor|PSO|VLO|PO|tutor|governor|leader|head|minister|commissioner|president|chief\s+executive))\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameApposition();

    /// <summary>"The chief executive of the trust, Sara Bellow,": a role in lower case, then the name in apposition.</summary>
    [GeneratedRegex(@"(?<role>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?(?i:secretary|inspector|chair|chairman|chairwoman|chairperson|president|officer|director|minister|spokesperson|spokesman|spokeswoman|executive|manager|official|organiser|leader|governor|commissioner|head|convenor|lead)(?:\s+(?:of|for|at)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)\s*,\s*(?<n>" + NameToken + @"\s+" + NameToken + @"(?:\s+" + NameToken + @")?)\s*(?:,|[.!?]?\s*$|[.!?]\s)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleApposition();

    /// <summary>A run of capitalised words holding a role and a name: "Chief Inspector of Probation Justin Russell".</summary>
    [GeneratedRegex(@"(?<run>[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|of|for|the|and)){1,10})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalRun();

    public IReadOnlyList<Person> People => _people;

    /// <summary>The person who signs the document (a foreword's sign-off, a "By X" byline), if any.</summary>
    public Person? Author { get; private set; }

    /// <summary>The person the document names most often (the subject of an interview or profile).</summary>
    public Person? MostMentioned(Document document)
    {
        Person? best = null;
        var bestCount = 0;
        foreach (var person in _people)
        {
            var count = document.Paragraphs.Sum(p => Occurrences(p.Text, person.Last)) + Occurrences(document.Title, person.Last);
            if (count > bestCount)
            {
                best = person;
                bestCount = count;
            }
        }

        return best;
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static PersonRegistry Build(Document document)
    {
        var registry = new PersonRegistry();
        registry.Scan(document.Title);
        foreach (var paragraph in document.Paragraphs)
        {
            registry.Scan(paragraph.Text);
        }

        if (AuthorLine.Find(document) is { } author)
        {
            registry.Author = registry.Add(author.Name, author.Role);
        }

        registry.CompleteTitledSurnames(document);
        return registry;
    }

    /// <summary>
    /// "Mark Fenn and Lucy Harte run the team … said Ms Harte": a surname known only after a title takes the first name
    /// it has anywhere in the document, wherever that mention stands (a list, an object, a caption).
    /// </summary>
    private void CompleteTitledSurnames(Document document)
    {
        foreach (var (surname, gender) in _titledSurnames)
        {
            if (FindByName(surname) is not null)
            {
                continue;
            }

            var first = FirstNameOf(surname, document.Title) ?? document.Paragraphs.Select(p => FirstNameOf(surname, p.Text)).FirstOrDefault(f => f is not null);
            if (first is not null)
            {
                Add($"{first} {surname}", null).Gender = gender;
            }
        }
    }

    /// <summary>The name token right before a mention of <paramref name="surname"/> in <paramref name="text"/>, if any.</summary>
    private static string? FirstNameOf(string surname, string text)
    {
        for (var at = text.IndexOf(surname, StringComparison.Ordinal); at > 0; at = text.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            var end = at + surname.Length;
            if (text[at - 1] != ' ' || (end < text.Length && char.IsLetter(text[end])))
            {
                continue;
            }

            var start = at - 1;
            while (start > 0 && text[start - 1] != ' ' && at - start < 30)
            {
                start--;
            }

            var token = text[start..(at - 1)];
            if (SpeakerPhrase.IsNameToken(token) && !token.Contains('’') && !token.Contains('\''))
            {
                return token;
            }
        }

        return null;
    }

    public Person? FindByName(string name)
    {
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length >= 2)
        {
            return _people.FirstOrDefault(p => p.FullName.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? _people.FirstOrDefault(p => p.Last.Equals(tokens[^1], StringComparison.OrdinalIgnoreCase) && p.First.Equals(tokens[0], StringComparison.OrdinalIgnoreCase));
        }

        return tokens.Length == 0 ? null
            : _people.FirstOrDefault(p => p.Last.Equals(tokens[0], StringComparison.OrdinalIgnoreCase))
                ?? _people.FirstOrDefault(p => p.First.Equals(tokens[0], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The person whose role contains every word of <paramref name="role"/> ("chief inspector").</summary>
    public Person? FindByRole(string role)
    {
        var words = RoleWords(role);
        if (words.Count == 0)
        {
            return null;
        }

        var head = HeadNoun(role);
        return _people.FirstOrDefault(p => p.Role is { } r && words.IsSubsetOf(RoleWords(r)) && HeadNoun(r) == head);
    }

    /// <summary>
    /// The noun a role is about: "secretary" in "the union’s branch secretary" and "Secretary of State for Justice", so
    /// that "the union" never finds the union's secretary.
    /// </summary>
    private static string HeadNoun(string role)
    {
        var words = role.ToLowerInvariant().Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal)
            .Split([' ', ',', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindIndex(words, w => w is "of" or "for" or "at" or "in" or "from" or "to" or "on");
        var head = end switch
        {
            0 => words.Length > 1 ? words[1] : string.Empty,
            > 0 => words[end - 1],
            _ => words.Length > 0 ? words[^1] : string.Empty,
        };
        return head.Trim('(', ')', '.', ';', ':');
    }

    public Person Add(string fullName, string? role)
    {
        var existing = FindByName(fullName);
        if (existing is null || (existing.FullName.Split(' ').Length < 2 && fullName.Split(' ').Length >= 2))
        {
            existing = new Person(fullName);
            _people.Add(existing);
        }

        if (!string.IsNullOrWhiteSpace(role) && HasRoleNoun(role) && (existing.Role is null || Widens(existing.Role, role)))
        {
            existing.Role = role.Trim().Trim(',').Trim();
        }

        return existing;
    }

    /// <summary>
    /// "The union's branch secretary" after "secretary": a fuller description of the same role replaces it, so that
    /// "the branch secretary said" later finds its holder.
    /// </summary>
    private static bool Widens(string current, string candidate)
    {
        var now = RoleWords(current);
        var wider = RoleWords(candidate);
        return wider.Count > now.Count && wider.Count <= MaxRoleWords && now.IsSubsetOf(wider) && HeadNoun(current) == HeadNoun(candidate);
    }

    private const int MaxRoleWords = 10;

    public static HashSet<string> RoleWordsOf(string role) => RoleWords(role);

    private static HashSet<string> RoleWords(string role) =>
        role.ToLowerInvariant().Replace("’s", string.Empty, StringComparison.Ordinal)
            .Split([' ', ',', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("the" or "a" or "an" or "of" or "for" or "and" or "its" or "our" or "their" or "current" or "new" or "former"))
            .ToHashSet(StringComparer.Ordinal);

    private static bool HasRoleNoun(string role) =>
        role.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(SpeakerWords.RoleNouns.Contains);

    private void Scan(string text)
    {
        foreach (Match match in TitleName().Matches(text))
        {
            var name = NameOnly(match.Groups["n"].Value);
            if (name is null)
            {
                continue;
            }

            var gender = GenderWords.OfTitle(match.Groups["title"].Value);
            if (name.Split(' ').Length < 2)
            {
                if (_titledSurnames.Count < MaxTitledSurnames && !_titledSurnames.Any(t => t.Surname == name))
                {
                    _titledSurnames.Add((name, gender));
                }

                // "Ms Okafor said": the title tells who a later "she" can be.
                if (gender != Gender.Unknown && FindByName(name) is { Gender: Gender.Unknown } titled)
                {
                    titled.Gender = gender;
                }

                continue;
            }

            var role = RoleBefore().Match(text[..match.Index]);
            var person = Add(name, role.Success ? role.Groups["role"].Value : null);
            if (person.Gender == Gender.Unknown)
            {
                person.Gender = gender;
            }
        }

        foreach (Match match in RoleThenName().Matches(text))
        {
            if (NameOnly(match.Groups["n"].Value) is { } name && name.Split(' ').Length >= 2)
            {
                Add(name, match.Groups["role"].Value);
            }
        }

        foreach (Match match in RoleApposition().Matches(text))
        {
            if (NameOnly(match.Groups["n"].Value) is { } name && name.Split(' ').Length >= 2)
            {
                Add(name, match.Groups["role"].Value);
            }
        }

        foreach (Match match in CapitalRun().Matches(text))
        {
            var run = match.Groups["run"].Value;
            if (!run.Split(' ').Any(SpeakerWords.RoleNouns.Contains))
            {
                continue;
            }

            if (SpeakerPhrase.Parse(run) is { Name: { } name, Role: { } role } && name.Split(' ').Length >= 2)
            {
                Add(name, role);
            }
        }

        foreach (Match match in Pseudonym().Matches(text))
        {
            Add(match.Groups["n"].Value, null);
        }

        foreach (Match match in NameApposition().Matches(text))
        {
            if (NameOnly(match.Groups["n"].Value) is { } name && name.Split(' ').Length >= 2)
            {
                Add(name, match.Groups["role"].Value);
            }
        }

        foreach (Match match in SubjectName().Matches(text))
        {
            if (NameOnly(match.Groups["n"].Value) is { } name && name.Split(' ').Length >= 2)
            {
                Add(name, null);
            }
        }

        foreach (Match match in NameThenVerb().Matches(text))
        {
            if (NameOnly(match.Groups["n"].Value) is { } name && name.Split(' ').Length >= 2)
            {
                Add(name, match.Groups["role"].Success ? match.Groups["role"].Value : null);
            }
        }
    }

    private static string? NameOnly(string candidate)
    {
        var tokens = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(SpeakerPhrase.IsNameToken)
            .Select(t => t.Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal))
            .ToArray();
        return tokens.Length == 0 ? null : string.Join(' ', tokens);
    }
}
