namespace TextMiner.Core.Records;

/// <summary>
/// Where a finding was read: the paragraph's index and the character offsets [<paramref name="Start"/>,
/// <paramref name="End"/>) in that paragraph's text. Every rating, figure and quote carries one.
/// </summary>
public readonly record struct Evidence(int Paragraph, int Start, int End)
{
    public int Paragraph { get; } = Paragraph >= 0
        ? Paragraph
        : throw new ArgumentOutOfRangeException(nameof(Paragraph), Paragraph, $"Evidence paragraph must not be negative (got {Paragraph}).");

    public int Start { get; } = Start >= 0
        ? Start
        : throw new ArgumentOutOfRangeException(nameof(Start), Start, $"Evidence start must not be negative (got {Start} in paragraph {Paragraph}).");

    public int End { get; } = End >= Start
        ? End
        : throw new ArgumentOutOfRangeException(nameof(End), End, $"Evidence end must not be before its start (got start {Start}, end {End} in paragraph {Paragraph}).");

    /// <summary>The number of characters the evidence covers.</summary>
    public int Length => End - Start;
}
