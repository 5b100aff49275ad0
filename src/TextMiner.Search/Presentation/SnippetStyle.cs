namespace TextMiner.Search.Presentation;

/// <summary>How a terminal shows highlighted words.</summary>
public enum SnippetStyle
{
    /// <summary>Plain text, highlights as **word**.</summary>
    Markdown,

    /// <summary>Bold yellow ANSI escape codes.</summary>
    Ansi,

    /// <summary>No marks at all.</summary>
    Plain,
}
