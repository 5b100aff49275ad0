using TextMiner.Search;

namespace TextMiner.Web.Api;

/// <summary>Plain text with the matching words as (start, length) spans; the page wraps them in &lt;mark&gt;.</summary>
internal sealed record SnippetModel(string Text, IReadOnlyList<HighlightSpan> Highlights)
{
    public static SnippetModel From(Snippet snippet) => new(snippet.Text, snippet.Highlights);
}
