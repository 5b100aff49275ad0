using TextMiner.Core.Records;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// One record per fact: within a document the same grade for the same body and aspect, stated in the headline and
/// again in the body, is one rating; plural summaries are one per grade. A rating whose sentence names no body is about
/// the document's body, and a document with no named body matches any; bodies are the same when their names share a
/// distinctive word ("NPS Midland Division", "Midlands division of the NPS"). Linear: facts are looked up by word.
/// </summary>
internal static class RatingFacts
{
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "in", "national", "probation", "service", "nps", "division", "pdu", "crc", "region",
        "delivery", "unit", "youth", "justice", "offending", "team", "yos", "yjs", "yot", "community", "rehabilitation",
        "company", "council", "city", "county", "borough", "north", "south", "east", "west", "central", "greater",
    };

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "central", "greater", "city", "county", "borough",
    };

    public static List<Rating> Merge(IReadOnlyList<FoundRating> found, string? documentSubject)
    {
        var kept = new List<FoundRating>();
        var groups = new Dictionary<(string Value, string Aspect), Dictionary<string, int>>();
        foreach (var candidate in found)
        {
            if (IsStatedOnce(candidate.Rating))
            {
                kept.Add(candidate);
                continue;
            }

            var key = (candidate.Rating.Value, candidate.Rating.Aspect.ToLowerInvariant());
            if (!groups.TryGetValue(key, out var byWord))
            {
                byWord = new Dictionary<string, int>(StringComparer.Ordinal);
                groups[key] = byWord;
            }

            var words = candidate.Rating.Aspect == Aspects.Summary ? new HashSet<string>() : Distinctive(BodyOf(candidate, documentSubject));
            var same = FindSame(byWord, words);
            if (same >= 0 && IsOtherListedBody(candidate.Rating, kept[same].Rating))
            {
                same = -1;
            }

            if (same < 0)
            {
                same = kept.Count;
                kept.Add(candidate);
            }
            else if (IsClearer(candidate, kept[same]))
            {
                kept[same] = candidate;
            }

            Register(byWord, words, same);
        }

        return kept.OrderBy(k => k.Rating.Evidence.Paragraph).ThenBy(k => k.Rating.Evidence.Start).Select(k => k.Rating).ToList();
    }

    /// <summary>
    /// Rows of a ratings table, and a chart's grade counts, are the table's own records, one per row, even where prose
    /// repeats them. Plural summaries in prose are one per grade ("three-fifths were rated Good", "more than half were
    /// rated Good").
    /// </summary>
    private static bool IsStatedOnce(Rating rating) =>
        rating.Rule is RatingCatalogue.OverallTableRow or RatingCatalogue.DomainTableRow or RatingCatalogue.SummaryGradeCounts;

    /// <summary>A body without distinctive words (key "") is the same as any; so is any body to a fact kept under "".</summary>
    private static int FindSame(Dictionary<string, int> byWord, HashSet<string> words)
    {
        if (words.Count == 0)
        {
            return byWord.Count == 0 ? -1 : byWord.GetValueOrDefault(string.Empty, byWord.Values.First());
        }

        foreach (var word in words)
        {
            if (byWord.TryGetValue(word, out var index))
            {
                return index;
            }
        }

        return byWord.TryGetValue(string.Empty, out var any) ? any : -1;
    }

    private static void Register(Dictionary<string, int> byWord, HashSet<string> words, int index)
    {
        if (words.Count == 0)
        {
            byWord.TryAdd(string.Empty, index);
        }
        else if (byWord.TryGetValue(string.Empty, out var any) && any == index)
        {
            // The fact now has its body's name: other bodies are other facts.
            byWord.Remove(string.Empty);
        }

        foreach (var word in words)
        {
            byWord.TryAdd(word, index);
        }
    }

    /// <summary>"Kelby North and Kelby South PDUs were both rated", "both units were rated": bodies listed in one sentence (or given one grade together) are different bodies.</summary>
    private static bool IsOtherListedBody(Rating candidate, Rating kept) =>
        candidate.Rule == RatingCatalogue.OverallListedBodies && kept.Rule == RatingCatalogue.OverallListedBodies
        && candidate.Evidence.Paragraph == kept.Evidence.Paragraph && candidate.Excerpt == kept.Excerpt
        && (!string.Equals(candidate.Subject, kept.Subject, StringComparison.OrdinalIgnoreCase) || candidate.Evidence == kept.Evidence);

    private static string? BodyOf(FoundRating found, string? documentSubject) => found.IsSubjectExplicit ? found.Rating.Subject : documentSubject;

    private static HashSet<string> Distinctive(string? name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (name is null)
        {
            return words;
        }

        var tokens = name.ToLowerInvariant().Split([' ', ',', '’', '\'', '-', '(', ')', '&'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            var word = token.EndsWith('s') && token.Length > 3 ? token[..^1] : token;
            if (token != "s" && !GenericWords.Contains(token) && !GenericWords.Contains(word))
            {
                words.Add(word);
            }
        }

        if (words.Count == 0 && string.Join(' ', tokens.Where(t => PlaceWords.Contains(t))) is { Length: > 0 } place)
        {
            // "North East region", "North West region": a name of place words alone is told apart by all of them.
            words.Add(place);
        }

        return words;
    }

    /// <summary>A mention that names its body beats one that does not; then the surer rule; then the earlier mention.</summary>
    private static bool IsClearer(FoundRating candidate, FoundRating kept) =>
        (candidate.IsSubjectExplicit && !kept.IsSubjectExplicit)
        || (candidate.IsSubjectExplicit == kept.IsSubjectExplicit && candidate.Rating.Confidence > kept.Rating.Confidence);
}
