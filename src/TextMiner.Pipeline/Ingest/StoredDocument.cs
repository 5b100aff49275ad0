using TextMiner.Core.Records;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// The value of one document that went through the pipeline: what the store did (<see cref="SaveResult"/>: new,
/// updated with the findings it replaced, or unchanged) and, when something was written, the document as analysed.
/// </summary>
public sealed record StoredDocument(SaveResult Saved, AnalysedDocument? Document = null)
{
    public SaveOutcome Outcome => Saved.Outcome;

    /// <summary>The same bytes are already stored (under this or another location): nothing was analysed or written.</summary>
    public static StoredDocument Unchanged(RawDocument raw) => new(new SaveResult(SaveOutcome.Unchanged, raw.Id, raw.Sha256));
}
