namespace TextMiner.Parsing.Pdf;

/// <summary>
/// One line of text on a PDF page, in reading order. Coordinates are PDF points with y growing upwards;
/// <paramref name="Baseline"/> is the y of the line's baseline. Table rows carry their cells joined with " | ".
/// </summary>
internal sealed record PdfTextLine(
    int Page,
    string Text,
    double Left,
    double Right,
    double Baseline,
    double Top,
    double FontSize,
    bool IsBold,
    int BlockId,
    double BlockLeft,
    double BlockRight,
    bool IsTableRow,
    double PageBottom,
    double PageTop)
{
    public int WordCount => Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
