using System.Runtime.InteropServices;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Features;

/// <summary>
/// Groups of equivalent domain terms (the search thesaurus, <c>src/TextMiner.Search/Thesaurus/thesaurus.txt</c>, embedded
/// here too since Classification may not reference Search; plus one group per theme keyword list; and, in
/// <see cref="WithThemePhrases"/>, the groups of <c>Features/theme-lexicon.txt</c> after those). A phrase matches word
/// by word; a word also matches with a trailing "s", and "*" ends a prefix.
/// </summary>
internal sealed class DomainLexicon
{
    private const string ResourceName = "TextMiner.Classification.Features.lexicon.txt";
    private const string ThemePhrasesResourceName = "TextMiner.Classification.Features.theme-lexicon.txt";

    private readonly Dictionary<char, List<Phrase>> _byFirstLetter;

    private DomainLexicon(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        GroupCount = groups.Count;
        var buffer = new List<char>();
        var tokens = new List<(int Start, int Length)>();
        _byFirstLetter = [];
        for (var group = 0; group < groups.Count; group++)
        {
            foreach (var term in groups[group])
            {
                var prefix = term.EndsWith('*');
                Tokenizer.Tokenize(prefix ? term[..^1] : term, buffer, tokens);
                if (tokens.Count == 0)
                {
                    continue;
                }

                var words = tokens.Select(t => new string(CollectionsMarshal.AsSpan(buffer).Slice(t.Start, t.Length))).ToArray();
                var phrase = new Phrase(group, words, prefix);
                if (!_byFirstLetter.TryGetValue(words[0][0], out var list))
                {
                    _byFirstLetter[words[0][0]] = list = [];
                }

                list.Add(phrase);
            }
        }
    }

    public static DomainLexicon Default { get; } = Parse(ReadLines(ResourceName));

    /// <summary><see cref="Default"/>'s groups (same indices) and then the theme phrase groups.</summary>
    public static DomainLexicon WithThemePhrases { get; } = Parse(ReadLines(ResourceName), ReadLines(ThemePhrasesResourceName));

    /// <summary>The lines of both embedded lexicon files, for the fingerprint of what a model was trained with: a model
    /// trained on other phrase groups is retrained (<see cref="Training.TrainingData"/>).</summary>
    public static IEnumerable<string> SourceLines => ReadLines(ResourceName).Concat(ReadLines(ThemePhrasesResourceName));

    public static DomainLexicon For(FeatureOptions options) => options.ThemeLexicon ? WithThemePhrases : Default;

    public int GroupCount { get; }

    /// <summary>Adds the index of every group that occurs in the tokens to <paramref name="groups"/>.</summary>
    public void Match(ReadOnlySpan<char> buffer, IReadOnlyList<(int Start, int Length)> tokens, HashSet<int> groups)
    {
        var found = new List<(int Group, int Words)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            MatchAt(buffer, tokens, i, found);
        }

        groups.UnionWith(found.Select(f => f.Group));
    }

    /// <summary>Adds (group, words) for every phrase that starts at token <paramref name="at"/>.</summary>
    public void MatchAt(ReadOnlySpan<char> buffer, IReadOnlyList<(int Start, int Length)> tokens, int at, List<(int Group, int Words)> found)
    {
        var (start, length) = tokens[at];
        if (length == 0 || !_byFirstLetter.TryGetValue(buffer[start], out var phrases))
        {
            return;
        }

        foreach (var phrase in phrases)
        {
            if (phrase.MatchesAt(buffer, tokens, at))
            {
                found.Add((phrase.Group, phrase.Words.Length));
            }
        }
    }

    /// <summary>The groups of <paramref name="lines"/>, one per theme keyword list, then those of <paramref name="extraLines"/>.</summary>
    internal static DomainLexicon Parse(IEnumerable<string> lines, IEnumerable<string>? extraLines = null)
    {
        var groups = Groups(lines);
        groups.AddRange(Themes.All.Select(theme => KeywordLists.ByTheme[theme]));
        groups.AddRange(Groups(extraLines ?? []));
        return new DomainLexicon(groups);
    }

    private static List<IReadOnlyList<string>> Groups(IEnumerable<string> lines) => [.. lines.Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => (IReadOnlyList<string>)l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static List<string> ReadLines(string resourceName)
    {
        using var stream = typeof(DomainLexicon).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private sealed record Phrase(int Group, string[] Words, bool LastIsPrefix)
    {
        public bool MatchesAt(ReadOnlySpan<char> buffer, IReadOnlyList<(int Start, int Length)> tokens, int at)
        {
            if (at + Words.Length > tokens.Count)
            {
                return false;
            }

            for (var w = 0; w < Words.Length; w++)
            {
                var token = buffer.Slice(tokens[at + w].Start, tokens[at + w].Length);
                var word = Words[w].AsSpan();
                var matches = LastIsPrefix && w == Words.Length - 1
                    ? token.StartsWith(word, StringComparison.Ordinal)
                    : token.SequenceEqual(word) || (token.Length == word.Length + 1 && token[^1] == 's' && token.StartsWith(word, StringComparison.Ordinal));
                if (!matches)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
