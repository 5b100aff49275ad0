namespace TextMiner.Pipeline.Ingest;

/// <summary>One input that could not be taken, with the reason in words.</summary>
public sealed record IngestFailure(string Location, string Reason)
{
    public override string ToString() => $"{Location}: {Reason}";
}
