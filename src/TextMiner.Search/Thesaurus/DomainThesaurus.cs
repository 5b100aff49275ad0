using System.Reflection;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Thesaurus;

/// <summary>
/// Groups of equivalent terms (an acronym and its expansions, or synonyms), keyed by their English-analysed form so
/// "CRCs" and "community rehabilitation companies" find the same group.
/// </summary>
internal sealed class DomainThesaurus
{
    private const string ResourceName = "TextMiner.Search.Thesaurus.thesaurus.txt";

    private readonly Dictionary<string, IReadOnlyList<string>> groupsByKey;

    private DomainThesaurus(Dictionary<string, IReadOnlyList<string>> groupsByKey, int longestTerm)
    {
        this.groupsByKey = groupsByKey;
        LongestTermWords = longestTerm;
    }

    public static DomainThesaurus Default { get; } = Load();

    /// <summary>The most words any term has, so phrase detection knows how far to look.</summary>
    public int LongestTermWords { get; }

    public static DomainThesaurus Parse(IEnumerable<string> lines)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var terms = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var term in terms)
            {
                var key = Key(term);
                if (key.Length > 0)
                {
                    groups[key] = terms;
                    longest = Math.Max(longest, term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
                }
            }
        }

        return new DomainThesaurus(groups, longest);
    }

    /// <summary>The group the text belongs to (including the text's own term), or null.</summary>
    public IReadOnlyList<string>? Find(string text)
    {
        var key = Key(text);
        return key.Length > 0 && groupsByKey.TryGetValue(key, out var group) ? group : null;
    }

    /// <summary>The English-analysed tokens, space-separated: "Community Rehabilitation Companies" → "commun rehabilit compani".</summary>
    public static string Key(string text)
    {
        var tokens = new List<string>();
        using var stream = SearchAnalyzers.English.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return string.Join(' ', tokens);
    }

    private static DomainThesaurus Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The thesaurus resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
