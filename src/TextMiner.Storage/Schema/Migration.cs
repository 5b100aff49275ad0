namespace TextMiner.Storage.Schema;

/// <summary>One numbered schema change, run once in its own transaction and recorded in <c>schema_version</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
