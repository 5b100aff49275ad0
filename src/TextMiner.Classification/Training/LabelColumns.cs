using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// One boolean column per theme, in <see cref="Themes.All"/> order: binary learners need a scalar label column each,
/// and one view with all of them lets every learner share the same cached features.
/// </summary>
internal class LabelColumns
{
    public const int LabelCount = 13;

    public bool L00 { get; set; }
    public bool L01 { get; set; }
    public bool L02 { get; set; }
    public bool L03 { get; set; }
    public bool L04 { get; set; }
    public bool L05 { get; set; }
    public bool L06 { get; set; }
    public bool L07 { get; set; }
    public bool L08 { get; set; }
    public bool L09 { get; set; }
    public bool L10 { get; set; }
    public bool L11 { get; set; }
    public bool L12 { get; set; }

    public static string LabelColumn(int labelIndex) =>
        "L" + labelIndex.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the paragraph carries label <paramref name="labelIndex"/>.</summary>
    internal bool Has(int labelIndex) => labelIndex switch
    {
        0 => L00, 1 => L01, 2 => L02, 3 => L03, 4 => L04, 5 => L05, 6 => L06,
        7 => L07, 8 => L08, 9 => L09, 10 => L10, 11 => L11, 12 => L12,
        _ => throw new ArgumentOutOfRangeException(nameof(labelIndex)),
    };

    internal void SetLabels(IReadOnlyList<string> labels)
    {
        if (Themes.All.Count != LabelCount)
        {
            throw new InvalidOperationException($"{LabelCount} label columns but {Themes.All.Count} themes.");
        }

        bool Has(int i) => labels.Contains(Themes.All[i], StringComparer.Ordinal);
        (L00, L01, L02, L03, L04, L05, L06) = (Has(0), Has(1), Has(2), Has(3), Has(4), Has(5), Has(6));
        (L07, L08, L09, L10, L11, L12) = (Has(7), Has(8), Has(9), Has(10), Has(11), Has(12));
    }
}
