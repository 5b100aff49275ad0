using TextMiner.Core.Records;

namespace TextMiner.Core.Stages;

/// <summary>Parse: RawDocument → Document. Pure and synchronous; lenient (recovers and reports diagnostics).</summary>
public interface IDocumentParser
{
    StageResult<Document> Parse(RawDocument raw);
}
