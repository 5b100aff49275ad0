namespace TextMiner.Parsing.Pdf;

/// <summary>A plain rectangle (left, bottom, right, top) so our own code does not depend on PdfPig's struct.</summary>
internal readonly record struct PdfRectangleLike(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}
