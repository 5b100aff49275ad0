using TextMiner.Core;
using TextMiner.Fetching.Http;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Pipeline;

/// <summary>What <see cref="TextMinerServiceCollectionExtensions.AddTextMiner"/> wires: one data directory and its settings.</summary>
public sealed record TextMinerOptions(DataDirectory Data)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where progress lines go (training the theme model on first use says so here).</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>The open store and index; without it only the stages that need no store (parse, extract, classify) are registered.</summary>
    public Workspace? Workspace { get; init; }

    /// <summary>
    /// How long a store write opened by <see cref="TextMinerServices.OpenAsync"/> waits for another process's lock on
    /// the database before the document fails as transient (database-locked), to be stored by a later run.
    /// </summary>
    public TimeSpan StoreBusyTimeout { get; init; } = TextMiner.Storage.DocumentStore.DefaultBusyTimeout;

    /// <summary>Files larger than this are skipped by ingest.</summary>
    public long MaxFileBytes { get; init; } = LocalFileReader.DefaultMaxBytes;

    /// <summary>Changes to the fetch settings (politeness, timeouts, user agent) for crawls.</summary>
    public Action<FetchOptions>? Fetch { get; init; }
}
