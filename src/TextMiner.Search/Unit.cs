namespace TextMiner.Search;

/// <summary>The three kinds of unit in the index.</summary>
public enum Unit
{
    Document,
    Paragraph,
    Quote,
}
