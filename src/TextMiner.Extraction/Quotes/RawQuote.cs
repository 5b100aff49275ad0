namespace TextMiner.Extraction.Quotes;

/// <summary>
/// Text inside quote marks: opens at <see cref="Open"/> (the mark) in paragraph <see cref="Paragraph"/>, closes at
/// <see cref="Close"/> (the mark, or the paragraph end) in paragraph <see cref="EndParagraph"/>.
/// </summary>
internal sealed record RawQuote(int Paragraph, int Open, int EndParagraph, int Close, string Text);
