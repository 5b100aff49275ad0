using System.Runtime.InteropServices;

namespace TextMiner.Classification.Features;

/// <summary>Counts a text's terms (word n-grams, character n-grams, lexicon groups) as block-tagged 64-bit hashes.</summary>
internal sealed class TermExtractor(FeatureOptions options)
{
    private static readonly ulong[] BlockTags = [TermHash.Of("w"), TermHash.Of("c"), TermHash.Of("x")];

    public FeatureOptions Options { get; } = options;

    /// <summary>Fills <see cref="FeatureScratch.Counts"/> with the text's terms.</summary>
    public void Extract(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        scratch.Counts.Clear();
        Tokenizer.Tokenize(text, scratch.Buffer, scratch.Tokens);
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
            Add(scratch, FeatureBlock.Words, gram);
            for (var n = 2; n <= Options.WordNgramLength && i + n <= hashes.Count; n++)
            {
                gram = TermHash.Combine(gram, hashes[i + n - 1]);
                Add(scratch, FeatureBlock.Words, gram);
            }
        }

        if (Options.CharNgramLengths.Count > 0)
        {
            foreach (var (start, length) in scratch.Tokens)
            {
                AddCharNgrams(scratch, buffer.Slice(start, length));
            }
        }

        if (Options.Lexicon)
        {
            scratch.Groups.Clear();
            DomainLexicon.Default.Match(buffer, scratch.Tokens, scratch.Groups);
            foreach (var group in scratch.Groups)
            {
                Add(scratch, FeatureBlock.Lexicon, (ulong)group);
            }
        }
    }

    private void AddCharNgrams(FeatureScratch scratch, ReadOnlySpan<char> word)
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
                Add(scratch, FeatureBlock.Chars, TermHash.Of(padded.Slice(start, n), (ulong)n));
            }

            if (padded.Length < n)
            {
                Add(scratch, FeatureBlock.Chars, TermHash.Of(padded, (ulong)n));
            }
        }
    }

    private static void Add(FeatureScratch scratch, FeatureBlock block, ulong term)
    {
        var key = TermHash.Combine(BlockTags[(int)block], term);
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(scratch.Counts, key, out _);
        entry = (entry.Count + 1, block);
    }
}
