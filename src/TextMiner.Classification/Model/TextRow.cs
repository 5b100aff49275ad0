namespace TextMiner.Classification.Model;

/// <summary>The model's input row: one text.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";
}
