namespace TextMiner.Benchmarks.Corpus;

/// <summary>What <see cref="ScaledCorpus.WriteAsync"/> wrote (also saved as corpus.json beside the documents).</summary>
public sealed record CorpusSummary(int Seed, int Html, int Text, int Pdfs, int PdfPages, int Queries, long Bytes, int Ratings, int Figures, int Quotes)
{
    public int Documents => Html + Text + Pdfs;
}
