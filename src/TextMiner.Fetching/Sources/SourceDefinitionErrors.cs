namespace TextMiner.Fetching.Sources;

/// <summary>Error codes of <see cref="SourceDefinitionException"/>; tests assert them.</summary>
public static class SourceDefinitionErrors
{
    public const string InvalidJson = "invalid-json";
    public const string Required = "required";
    public const string InvalidName = "invalid-name";
    public const string NameMismatch = "name-does-not-match-file";
    public const string InvalidUrl = "invalid-url";
    public const string InvalidRegex = "invalid-regex";
    public const string InvalidXPath = "invalid-xpath";
    public const string InvalidKind = "unknown-kind";
    public const string InvalidNumber = "out-of-range";
    public const string NoDiscovery = "no-discovery";
    public const string Conflict = "conflicting-fields";
    public const string UnknownSource = "unknown-source";
    public const string DuplicateName = "duplicate-name";
    public const string InvalidDateFormat = "invalid-date-format";
}
