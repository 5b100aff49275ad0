namespace TextMiner.Classification.Contract;

/// <summary>How a classify run ended: how many lines were answered and, if it stopped on a bad line, which and why.</summary>
public sealed record ClassifyJsonLinesResult(int Answered, int? ErrorLine, string? Error)
{
    public bool Succeeded => Error is null;
}
