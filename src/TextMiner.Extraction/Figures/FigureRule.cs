using System.Text.RegularExpressions;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Figures;

/// <summary>Which numbers a rule applies to.</summary>
internal enum NumberForm
{
    Count,
    Percent,

    /// <summary>A percentage or a share of a group ("a fifth of posts").</summary>
    PercentOrShare,
}

/// <summary>
/// One named figure rule of the catalogue. <see cref="Left"/> is matched against the sentence up to the number
/// (anchored at its end), <see cref="Right"/> against the rest of the sentence (anchored at its start); both must match
/// when given. The rule is only tried when each group of <see cref="Triggers"/> ("need|requir") has a word starting
/// with one of its stems near the number, so a number far from any staffing word costs a few look-ups, not a regex each.
/// </summary>
internal sealed record FigureRule(string Id, string Kind, NumberForm Form, Regex? Left, Regex? Right)
{
    /// <summary>Lower runs first; the first rule that matches a number decides its kind.</summary>
    public int Priority { get; init; }

    /// <summary>Whether <see cref="Left"/> ends where the hedges before the number begin (<see cref="Hedges"/>).</summary>
    public bool LeftBeforeHedges { get; } = Left?.ToString().EndsWith(FigurePatterns.BeforeHedges, StringComparison.Ordinal) ?? false;

    public double MinValue { get; init; }

    public double MaxValue { get; init; } = double.MaxValue;

    public double Confidence { get; init; } = 0.9;

    public IReadOnlyList<string> Triggers { get; init; } = [];

    public string Description { get; init; } = "";

    public IReadOnlyList<string> Examples { get; init; } = [];

    public IReadOnlyList<string> NonExamples { get; init; } = [];

    public bool Fits(double value) => value >= MinValue && value <= MaxValue;

    public ExtractionRule ToCatalogue() => new(Id, Description, Confidence, Examples, NonExamples);
}
