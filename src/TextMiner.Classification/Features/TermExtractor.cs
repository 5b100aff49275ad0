using System.Runtime.InteropServices;

namespace TextMiner.Classification.Features;

/// <summary>
/// Finds a text's terms (word n-grams, character n-grams, lexicon groups) as block-tagged 64-bit hashes, each with the
/// tokens it covers, in one pass: the whole paragraph and each of its sentences are then counted from the same hits.
/// </summary>
internal sealed class TermExtractor(FeatureOptions options)
{
    private static readonly ulong[] BlockTags = [TermHash.Of("w"), TermHash.Of("c"), TermHash.Of("x"), TermHash.Of("t")];

    private readonly DomainLexicon _lexicon = DomainLexicon.For(options);

    public FeatureOptions Options { get; } = options;

    /// <summary>Fills <see cref="FeatureScratch.Hits"/> (and the token lists) with the text's term occurrences.</summary>
    public void Extract(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        var hits = scratch.Hits;
        hits.Clear();
        Tokenizer.Tokenize(text, scratch.Buffer, scratch.Tokens, scratch.TokenSources);
        var buffer = CollectionsMarshal.AsSpan(scratch.Buffer);
        var hashes = scratch.TokenHashes;
        hashes.Clear();
        foreach (var (start, length) in scratch.Tokens)
        {
            hashes.Add(TermHash.Of(buffer.Slice(start, length)));
        }

        for (var i = 0; i < hashes.Count; i++)
        {
            var gram = hashes[i];
            hits.Add(Hit(FeatureBlock.Words, gram, i, i));
            for (var n = 2; n <= Options.WordNgramLength && i + n <= hashes.Count; n++)
            {
                gram = TermHash.Combine(gram, hashes[i + n - 1]);
                hits.Add(Hit(FeatureBlock.Words, gram, i, i + n - 1));
            }

            if (Options.CharNgramLengths.Count > 0)
            {
                var (start, length) = scratch.Tokens[i];
                AddCharNgrams(hits, buffer.Slice(start, length), i);
            }

            if (Options.Lexicon)
            {
                scratch.Phrases.Clear();
                _lexicon.MatchAt(buffer, scratch.Tokens, i, scratch.Phrases);
                foreach (var (group, words) in scratch.Phrases)
                {
                    var block = group < DomainLexicon.Default.GroupCount ? FeatureBlock.Lexicon : FeatureBlock.ThemePhrases;
                    hits.Add(Hit(block, (ulong)group, i, i + words - 1));
                }
            }
        }
    }

    private void AddCharNgrams(List<TermHit> hits, ReadOnlySpan<char> word, int token)
    {
        // " word " as in scikit-learn's char_wb analyser: n-grams at a word's edges say where the word starts and ends.
        Span<char> padded = stackalloc char[Math.Min(word.Length, 62) + 2];
        padded[0] = ' ';
        word[..(padded.Length - 2)].CopyTo(padded[1..]);
        padded[^1] = ' ';
        foreach (var n in Options.CharNgramLengths)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                hits.Add(Hit(FeatureBlock.Chars, TermHash.Of(padded.Slice(start, n), (ulong)n), token, token));
            }

            if (padded.Length < n)
            {
                hits.Add(Hit(FeatureBlock.Chars, TermHash.Of(padded, (ulong)n), token, token));
            }
        }
    }

    private static TermHit Hit(FeatureBlock block, ulong term, int first, int last) =>
        new(TermHash.Combine(BlockTags[(int)block], term), block, first, last);
}
