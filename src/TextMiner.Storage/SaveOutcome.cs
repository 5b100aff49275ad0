namespace TextMiner.Storage;

/// <summary>What <see cref="DocumentStore.SaveAsync"/> did with a document.</summary>
public enum SaveOutcome
{
    /// <summary>The id was not stored before.</summary>
    New,

    /// <summary>A new version replaced the stored one; the old one went to the version history.</summary>
    Updated,

    /// <summary>The same id and version were already stored: nothing was written.</summary>
    Unchanged,

    /// <summary>The same version was analysed again (<see cref="DocumentStore.ReplaceAsync"/>) and its records replaced.</summary>
    Reanalysed,
}
