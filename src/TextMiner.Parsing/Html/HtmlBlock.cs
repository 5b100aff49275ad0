namespace TextMiner.Parsing.Html;

/// <summary>A paragraph-level piece of HTML text; <paramref name="HeadingLevel"/> is 1-6 for headings, else null.</summary>
internal sealed record HtmlBlock(string Text, int? HeadingLevel = null, bool IsListItem = false);
