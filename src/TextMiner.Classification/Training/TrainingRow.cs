using TextMiner.Classification.Corpus;

namespace TextMiner.Classification.Training;

/// <summary>A labelled paragraph as ML.NET reads it to fit the featuriser.</summary>
internal sealed class TrainingRow : LabelColumns
{
    public string Text { get; set; } = "";

    public static TrainingRow From(LabelledParagraph paragraph)
    {
        var row = new TrainingRow { Text = TextPreparation.Prepare(paragraph.Text, int.MaxValue) };
        row.SetLabels(paragraph.Labels);
        return row;
    }
}
