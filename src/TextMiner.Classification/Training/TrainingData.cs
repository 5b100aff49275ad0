using System.Security.Cryptography;
using System.Text;
using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>A fingerprint of what a model was trained with (the labelled data and the lexicon's phrase groups), so a
/// stale model can be noticed and retrained.</summary>
internal static class TrainingData
{
    public static string Sha256(ThemeTrainingSet set) => Sha256(set, DomainLexicon.SourceLines);

    /// <param name="lexiconLines">The lexicon files' lines: a model trained on other phrase groups scores them wrongly
    /// (a group it never saw adds nothing, a changed one means something else), so it is stale too.</param>
    public static string Sha256(ThemeTrainingSet set, IEnumerable<string> lexiconLines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (split, rows) in new[] { ("train", set.Train), ("dev", set.Dev), ("realistic-dev", set.Realistic) })
        {
            foreach (var row in rows)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{split}\u001f{row.Id}\u001f{row.Text}\u001f{string.Join(',', row.Labels)}\n"));
            }
        }

        foreach (var line in lexiconLines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"lexicon\u001f{line}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
