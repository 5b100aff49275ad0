using TextMiner.Classification.Corpus;
using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>
/// The sentences of training paragraphs as extra rows (see <see cref="ThemeTrainingOptions.NegativeSentenceWeight"/>):
/// each carries its paragraph's labels and is used only as a negative for the labels it does not carry.
/// </summary>
internal static class NegativeSentences
{
    public static IReadOnlyList<(LabelledParagraph Sentence, int Source)> Of(IReadOnlyList<LabelledParagraph> paragraphs, int maxTextLength)
    {
        var result = new List<(LabelledParagraph, int)>();
        var spans = new List<(int Start, int Length)>();
        for (var source = 0; source < paragraphs.Count; source++)
        {
            var text = TextPreparation.Prepare(paragraphs[source].Text, maxTextLength);
            Sentences.Split(text, spans);
            if (spans.Count < 2)
            {
                continue;
            }

            for (var s = 0; s < spans.Count; s++)
            {
                var (start, length) = spans[s];
                result.Add((new LabelledParagraph($"{paragraphs[source].Id}#s{s}", text.Substring(start, length), paragraphs[source].Labels), source));
            }
        }

        return result;
    }
}
