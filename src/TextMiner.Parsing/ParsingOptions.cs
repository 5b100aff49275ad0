namespace TextMiner.Parsing;

/// <summary>Options for <see cref="DocumentParser"/>. The defaults suit HMIP and Napo documents.</summary>
public sealed record ParsingOptions
{
    /// <summary>PDF pages read at most; later pages are skipped with a diagnostic.</summary>
    public int MaxPdfPages { get; init; } = 2000;

    /// <summary>Share of pages a line must repeat on (in the top or bottom margin) to count as a running header or footer.</summary>
    public double RunningLineMinPageShare { get; init; } = 0.4;

    /// <summary>Share of the page height, at top and at bottom, where running headers, footers and page numbers live.</summary>
    public double MarginShare { get; init; } = 0.12;

    /// <summary>Characters a semantic HTML container must hold before it is trusted over text-density scoring.</summary>
    public int MinMainContentChars { get; init; } = 200;

    /// <summary>Element nesting an HTML page may reach (browsers stop nesting at 512); deeper pages fail as too deeply nested.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Nesting of arrays and dictionaries a PDF may reach (PdfPig's stack-depth guard); deeper files fail as too deeply nested.</summary>
    public int MaxPdfNesting { get; init; } = 256;

    public static ParsingOptions Default { get; } = new();

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPdfPages, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(RunningLineMinPageShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RunningLineMinPageShare, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MarginShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MarginShare, 0.5);
        ArgumentOutOfRangeException.ThrowIfNegative(MinMainContentChars);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHtmlDepth, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPdfNesting, 16);
    }
}
