using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TextMiner.Core.Records;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Tests.Analysis;

/// <summary>
/// The writer reads a document's words analysed once and replayed into each unit (<see cref="DocumentTokens"/>): every
/// replayed stream must give the terms, position increments and offsets, and the end state, that the writer's analyzer
/// gives for the text itself, and the document unit's those of its paragraphs' texts joined. A paragraph's stemmed
/// tokens are made from its plain ones (one tokenizing for both), so possessives and case are among the cases.
/// </summary>
public sealed class ReplayTokenStreamTests
{
    private static readonly string LongWord = new('x', 300);

    private static IEnumerable<TestCaseData> Paragraphs()
    {
        yield return Case("stop words ending a paragraph", "Staff said the caseloads of", "officers were too high for the", "Leaders agreed.");
        yield return Case("stop words opening a paragraph", "Caseloads were high.", "The and of the officers left.");
        yield return Case("a paragraph of stop words only", "Caseloads of", "the and of a", "officers");
        yield return Case("empty paragraphs", string.Empty, "Caseloads", string.Empty, string.Empty, "officers of");
        yield return Case("no paragraph");
        yield return Case("possessives and punctuation", "The officers' caseloads, the CRC's staff:", "“Leaders must act,” said Ms Ortega-Vance (2021/22).");
        yield return Case("possessives in any case and apostrophe", "THE CRC'S STAFF", "the inspectorate’s report and Napo＇s reply", "Officers' pay, ITS and IT'S");
        yield return Case("a word past the tokenizer's limit at a paragraph end", "Caseloads " + LongWord, LongWord + " of officers", "high");
        yield return Case("white space at the edges", "  Caseloads of  ", "\tofficers\n", " ");
        yield return Case("one paragraph", "Requires improvement overall, said the Chief Inspector of Probation.");
    }

    [TestCaseSource(nameof(Paragraphs))]
    public void JoinedText_AnyParagraphs_SameTokensAsAnalysingTheJoinedText(string[] texts)
    {
        var tokens = new DocumentTokens();
        tokens.Start(Document(texts));
        var joined = string.Join(UnitDocumentBuilder.ParagraphSeparator, texts);

        Assert.Multiple(() =>
        {
            Assert.That(Read(tokens.JoinedText()), Is.EqualTo(Analyse(IndexFields.Text, joined)), "stemmed");
            Assert.That(Read(tokens.JoinedPlainText()), Is.EqualTo(Analyse(IndexFields.TextPlain, joined)), "plain");
        });
    }

    [TestCaseSource(nameof(Paragraphs))]
    public void ParagraphText_AnyParagraph_SameTokensAsAnalysingIt(string[] texts)
    {
        var tokens = new DocumentTokens();
        tokens.Start(Document(texts));

        Assert.Multiple(() =>
        {
            for (var i = 0; i < texts.Length; i++)
            {
                Assert.That(Read(tokens.Text(i)), Is.EqualTo(Analyse(IndexFields.Text, texts[i])), "stemmed " + i);
                Assert.That(Read(tokens.PlainText(i)), Is.EqualTo(Analyse(IndexFields.TextPlain, texts[i])), "plain " + i);
            }
        });
    }

    [Test]
    public void Start_SeedDocumentsOneAfterAnother_EachReplaysItsOwnTextsAndTitle()
    {
        // One instance for all, longest first: what an earlier, longer document recorded must not leak into the next.
        var tokens = new DocumentTokens();
        var documents = TestDocuments.All().Select(a => a.Document).OrderByDescending(d => d.Paragraphs.Sum(p => p.Text.Length)).ToList();

        Assert.Multiple(() =>
        {
            foreach (var document in documents)
            {
                tokens.Start(document);
                var joined = string.Join(UnitDocumentBuilder.ParagraphSeparator, document.Paragraphs.Select(p => p.Text));
                Assert.That(Read(tokens.Title()), Is.EqualTo(Analyse(IndexFields.Title, document.Title)), document.Id);
                Assert.That(Read(tokens.JoinedText()), Is.EqualTo(Analyse(IndexFields.Text, joined)), document.Id);
                Assert.That(Read(tokens.JoinedPlainText()), Is.EqualTo(Analyse(IndexFields.TextPlain, joined)), document.Id);
                Assert.That(Read(tokens.Text(document.Paragraphs.Count - 1)), Is.EqualTo(Analyse(IndexFields.Text, document.Paragraphs[^1].Text)), document.Id);
            }
        });
    }

    [Test]
    public void JoinedText_StopWordsEndingAParagraph_CarryTheirPositionsIntoTheNext()
    {
        var tokens = new DocumentTokens();
        tokens.Start(Document(["Staff said the caseloads of the", "officers were high"]));

        var read = Read(tokens.JoinedText());

        // "of the" are two positions between "caseload" (3) and "offic" (6), as in the joined text; the offsets of the
        // second paragraph start after the first and the separator (31 + 2).
        Assert.That(read.Take(5), Is.EqualTo(new[] { "staff +1 0-5", "said +1 6-10", "caseload +2 15-24", "offic +3 33-41", "were +1 42-46" }));
    }

    private static TestCaseData Case(string name, params string[] texts) => new TestCaseData((object)texts).SetName("{m}(" + name + ")");

    private static Document Document(string[] texts) =>
        new("replay", "v1", "local", "/tmp/replay.txt", "The title of the report", null, DocumentKinds.Document,
            texts.Select((t, i) => new Paragraph(i, t)).ToList());

    private static List<string> Analyse(string field, string text) => Read(SearchAnalyzers.Indexing.GetTokenStream(field, text));

    /// <summary>Each token as "term +increment start-end", then the end state as "end +increment offset-offset".</summary>
    private static List<string> Read(TokenStream stream)
    {
        var read = new List<string>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                read.Add(string.Create(CultureInfo.InvariantCulture, $"{term} +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}"));
            }

            stream.End();
            read.Add(string.Create(CultureInfo.InvariantCulture, $"end +{increment.PositionIncrement} {offset.StartOffset}-{offset.EndOffset}"));
        }

        return read;
    }
}
