namespace TextMiner.Classification.Features;

/// <summary>What a paragraph is turned into: word n-grams, optional character n-grams and optional lexicon groups.</summary>
public sealed record FeatureOptions
{
    /// <summary>Word n-grams of length 1..this.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-grams within words (padded with a space each side); empty for none (the default of this
    /// record; the theme model's default options add 3-, 4- and 5-grams).</summary>
    public IReadOnlyList<int> CharNgramLengths { get; init; } = [];

    /// <summary>One feature per <see cref="DomainLexicon"/> group that occurs (the search thesaurus and theme keywords).</summary>
    public bool Lexicon { get; init; } = true;

    /// <summary>With <see cref="Lexicon"/>: one feature per theme phrase group that occurs (<c>Features/theme-lexicon.txt</c>:
    /// how reports, union statements and newspapers name a theme's things), in a block of its own weighed like the
    /// lexicon's, so a phrase the training paragraphs rarely use shares the weight its group earns.</summary>
    public bool ThemeLexicon { get; init; }

    /// <summary>The lexicon block's length against the other blocks' 1 (before the whole vector is scaled to length 1):
    /// above 1 the learner leans more on the domain groups, whose evidence carries over to unseen phrasing.</summary>
    public double LexiconWeight { get; init; } = 1;

    /// <summary>1 + ln(tf) instead of tf: a word repeated ten times is not ten times the evidence.</summary>
    public bool SublinearTf { get; init; } = true;

    /// <summary>Terms in fewer training paragraphs than this are dropped (they are mostly names and typos).</summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>The most frequent terms kept (bounds the model's size).</summary>
    public int MaxFeatures { get; init; } = 200_000;

    /// <summary>Short description for tables: "words 1-2, sublinear tf-idf, lexicon".</summary>
    public string Describe()
    {
        var parts = new List<string> { WordNgramLength == 1 ? "words" : $"words 1-{WordNgramLength}" };
        if (CharNgramLengths.Count > 0)
        {
            parts.Add(CharNgramLengths.Min() == CharNgramLengths.Max() ? $"chars {CharNgramLengths.Min()}" : $"chars {CharNgramLengths.Min()}-{CharNgramLengths.Max()}");
        }

        parts.Add(SublinearTf ? "sublinear tf-idf" : "tf-idf");
        if (Lexicon)
        {
            parts.Add((LexiconWeight == 1 ? "lexicon" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"lexicon ×{LexiconWeight:0.##}"))
                + (ThemeLexicon ? " + theme phrases" : ""));
        }

        return string.Join(", ", parts);
    }

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(WordNgramLength, 1, nameof(WordNgramLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WordNgramLength, 3, nameof(WordNgramLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDocumentFrequency, 1, nameof(MinDocumentFrequency));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFeatures, 1, nameof(MaxFeatures));
        if (!(LexiconWeight is > 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(LexiconWeight), LexiconWeight, "The lexicon weight must be above 0 and at most 100.");
        }
        if (CharNgramLengths.Any(n => n is < 2 or > 8))
        {
            throw new ArgumentException("Character n-gram lengths must be 2..8.", nameof(CharNgramLengths));
        }
    }
}
