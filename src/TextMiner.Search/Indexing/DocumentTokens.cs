using Lucene.Net.Analysis;
using TextMiner.Search.Analysis;

namespace TextMiner.Search.Indexing;

/// <summary>
/// One document's texts analysed once each, for every unit that indexes them: the title (on every unit) and each
/// paragraph's text, stemmed and plain (on its paragraph unit, and joined on the document unit, whose text is its
/// paragraphs' joined by <see cref="UnitDocumentBuilder.ParagraphSeparator"/>). The writer then reads replayed tokens
/// (<see cref="ReplayTokenStream"/>) instead of analysing the same words again: before, a paragraph's words were analysed
/// four times and the title once per unit. A paragraph is tokenized once: its plain tokens come from the writer's own
/// analyzer for <see cref="IndexFields.TextPlain"/>, its stemmed ones from those played through the rest of the English
/// chain (<see cref="SearchAnalyzers.EnglishAfterLowerCase"/>), so the index holds the same terms, positions and norms
/// (docs/performance.md, "Seventh pass").
/// </summary>
/// <remarks>
/// One instance per thread, reused from document to document: the streams handed out by one <see cref="Start"/> must
/// be consumed (the units added to the writer, on this thread) before the next <see cref="Start"/> on the same thread.
/// </remarks>
internal sealed class DocumentTokens
{
    [ThreadStatic]
    private static DocumentTokens? current;

    private readonly RecordedTokens title = new();
    private readonly List<RecordedTokens> stemmed = [];
    private readonly List<RecordedTokens> plain = [];
    private readonly List<int> lengths = [];
    private readonly List<ReplayTokenStream> streams = [];

    /// <summary>A paragraph's plain tokens played through the rest of the English chain: its stemmed tokens, with no second tokenizing.</summary>
    private readonly ReplayTokenStream plainSource = new();
    private readonly TokenStream stemmedFromPlain;
    private int paragraphs;
    private int streamsInUse;

    public DocumentTokens() => stemmedFromPlain = SearchAnalyzers.EnglishAfterLowerCase(plainSource);

    public static DocumentTokens ForCurrentThread() => current ??= new DocumentTokens();

    /// <summary>Analyses the document's title and paragraphs, forgetting the last document's tokens and streams.</summary>
    public void Start(Core.Records.Document document)
    {
        streamsInUse = 0;
        paragraphs = document.Paragraphs.Count;
        lengths.Clear();
        title.Record(SearchAnalyzers.Indexing, IndexFields.Title, document.Title);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i == stemmed.Count)
            {
                stemmed.Add(new RecordedTokens());
                plain.Add(new RecordedTokens());
            }

            var text = document.Paragraphs[i].Text;
            plain[i].Record(SearchAnalyzers.Indexing, IndexFields.TextPlain, text);
            plainSource.Replay(plain[i]);
            stemmed[i].Record(stemmedFromPlain);
            lengths.Add(text.Length);
        }
    }

    public TokenStream Title() => Play(title);

    /// <summary>The stemmed tokens of the document's <paramref name="paragraph"/>-th paragraph (its place in the list).</summary>
    public TokenStream Text(int paragraph) => Play(stemmed[paragraph]);

    public TokenStream PlainText(int paragraph) => Play(plain[paragraph]);

    /// <summary>The stemmed tokens of the paragraphs joined: the document unit's text.</summary>
    public TokenStream JoinedText() => PlayJoined(stemmed);

    public TokenStream JoinedPlainText() => PlayJoined(plain);

    private ReplayTokenStream Play(RecordedTokens recorded)
    {
        var stream = NextStream();
        stream.Replay(recorded);
        return stream;
    }

    private ReplayTokenStream PlayJoined(List<RecordedTokens> recorded)
    {
        var stream = NextStream();
        stream.Replay(recorded, paragraphs, lengths, UnitDocumentBuilder.ParagraphSeparator.Length);
        return stream;
    }

    private ReplayTokenStream NextStream()
    {
        if (streamsInUse == streams.Count)
        {
            streams.Add(new ReplayTokenStream());
        }

        return streams[streamsInUse++];
    }
}
