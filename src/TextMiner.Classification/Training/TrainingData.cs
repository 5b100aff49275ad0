using System.Security.Cryptography;
using System.Text;

namespace TextMiner.Classification.Training;

/// <summary>A fingerprint of the labelled data a model was trained on, so a stale model can be noticed and retrained.</summary>
internal static class TrainingData
{
    public static string Sha256(ThemeTrainingSet set)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (split, rows) in new[] { ("train", set.Train), ("dev", set.Dev), ("realistic-dev", set.Realistic) })
        {
            foreach (var row in rows)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{split}\u001f{row.Id}\u001f{row.Text}\u001f{string.Join(',', row.Labels)}\n"));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
