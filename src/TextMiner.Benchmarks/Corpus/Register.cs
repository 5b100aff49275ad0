namespace TextMiner.Benchmarks.Corpus;

/// <summary>The kinds of publication the sources put out, each with its own findings rates and layout.</summary>
internal enum Register
{
    /// <summary>An inspectorate report: an overall rating, domain ratings, staffing figures, sometimes the chief inspector quoted.</summary>
    Inspection,

    /// <summary>An inspectorate press release: usually a rating and always a quote.</summary>
    PressRelease,

    /// <summary>A union news item or magazine article: quotes from members and officials, a figure or two.</summary>
    UnionNews,
}
