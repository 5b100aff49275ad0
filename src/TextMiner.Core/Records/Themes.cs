namespace TextMiner.Core.Records;

/// <summary>The theme labels of DESIGN.md, in their documented order.</summary>
public static class Themes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "victim-contact", "staffing", "workload", "public-protection", "privatisation", "training", "estates",
        "leadership", "court-work", "rehabilitation", "pay-and-conditions", "technology", "equality-diversity",
    ];

    public static bool IsKnown(string label) => All.Contains(label, StringComparer.Ordinal);
}
