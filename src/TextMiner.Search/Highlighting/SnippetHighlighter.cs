using Lucene.Net.Search;

namespace TextMiner.Search.Highlighting;

/// <summary>Makes the snippet of one hit's stored text for one query.</summary>
internal sealed class SnippetHighlighter
{
    private readonly HighlightPlan plan;
    private readonly int maxLength;

    public SnippetHighlighter(Query query, int maxLength = SnippetBuilder.DefaultLength)
    {
        plan = HighlightPlan.From(query);
        this.maxLength = maxLength;
    }

    public Snippet Highlight(string text) => SnippetBuilder.Build(text, MatchFinder.Find(text, plan), maxLength);
}
