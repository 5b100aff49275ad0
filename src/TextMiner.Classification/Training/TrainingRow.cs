using TextMiner.Classification.Corpus;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// A paragraph as ML.NET reads it for training: the text and one boolean column per theme, in <see cref="Themes.All"/>
/// order (binary learners need a scalar label column each, and one view lets all of them share the cached features).
/// </summary>
internal sealed class TrainingRow
{
    public const int LabelCount = 13;

    public string Text { get; set; } = "";
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

    public static TrainingRow From(LabelledParagraph paragraph)
    {
        if (Themes.All.Count != LabelCount)
        {
            throw new InvalidOperationException($"TrainingRow has {LabelCount} label columns but there are {Themes.All.Count} themes.");
        }

        bool Has(int i) => paragraph.Labels.Contains(Themes.All[i], StringComparer.Ordinal);
        return new TrainingRow
        {
            Text = TextPreparation.Prepare(paragraph.Text, int.MaxValue),
            L00 = Has(0), L01 = Has(1), L02 = Has(2), L03 = Has(3), L04 = Has(4), L05 = Has(5), L06 = Has(6),
            L07 = Has(7), L08 = Has(8), L09 = Has(9), L10 = Has(10), L11 = Has(11), L12 = Has(12),
        };
    }
}
