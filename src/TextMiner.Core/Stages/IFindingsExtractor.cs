using TextMiner.Core.Records;

namespace TextMiner.Core.Stages;

/// <summary>Extract: Document → Findings (ratings, figures, quotes). Pure and synchronous.</summary>
public interface IFindingsExtractor
{
    Findings Extract(Document document);
}
