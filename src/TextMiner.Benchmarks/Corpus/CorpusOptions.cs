namespace TextMiner.Benchmarks.Corpus;

/// <summary>What <see cref="ScaledCorpus"/> writes: text and HTML documents (two HTML pages for each text file), PDFs, queries.</summary>
public sealed record CorpusOptions(int Documents, int Pdfs, int Queries, int Seed)
{
    public const int MaxDocuments = 1_000_000;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Documents);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Documents, MaxDocuments);
        ArgumentOutOfRangeException.ThrowIfNegative(Pdfs);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Pdfs, MaxDocuments);
        ArgumentOutOfRangeException.ThrowIfNegative(Queries);
    }
}
