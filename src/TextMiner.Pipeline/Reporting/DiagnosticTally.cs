using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Reporting;

/// <summary>
/// Gathers the diagnostics a run's stages reported, by code: how many inputs each code was reported for, and the first
/// <see cref="ExamplesPerCode"/> of them. An input counts once per code however often the code was reported for it.
/// Not thread-safe: one run, one tally.
/// </summary>
public sealed class DiagnosticTally
{
    public const int ExamplesPerCode = 3;

    private readonly SortedDictionary<string, (int Count, List<string> Examples)> codes = new(StringComparer.Ordinal);

    public bool IsEmpty => codes.Count == 0;

    public void Add(string location, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var code in diagnostics.Select(d => d.Code).Distinct(StringComparer.Ordinal))
        {
            var (count, examples) = codes.GetValueOrDefault(code, (0, []));
            if (examples.Count < ExamplesPerCode)
            {
                examples.Add(location);
            }

            codes[code] = (count + 1, examples);
        }
    }

    /// <summary>One entry per code, in code order.</summary>
    public IReadOnlyList<DiagnosticCount> Counts() =>
        codes.Select(c => new DiagnosticCount(c.Key, c.Value.Count, c.Value.Examples.ToList())).ToList();

    /// <summary>"diagnostics:" then one indented line per code; nothing when no diagnostic was reported.</summary>
    public IReadOnlyList<string> ToLines() =>
        IsEmpty ? [] : ["diagnostics:", .. Counts().Select(c => "  " + c)];
}
