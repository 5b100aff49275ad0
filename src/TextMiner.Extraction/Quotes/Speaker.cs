namespace TextMiner.Extraction.Quotes;

/// <summary>A resolved speaker: a person ("First Last") or a role in lower case, with role and organisation if known.</summary>
internal sealed record Speaker(string Name, string? Role, string? Organisation);
