namespace TextMiner.Fetching.Sources;

/// <summary>A source definition that cannot be used; names the file, the field (a JSON path) and the error code.</summary>
public sealed class SourceDefinitionException : Exception
{
    public SourceDefinitionException(string file, string field, string code, string detail, Exception? inner = null)
        : base($"{file}: {field}: {code}: {detail}", inner)
    {
        File = file;
        Field = field;
        Code = code;
    }

    public SourceDefinitionException()
    {
        File = Field = Code = "";
    }

    public SourceDefinitionException(string message)
        : base(message)
    {
        File = Field = Code = "";
    }

    public SourceDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Field = Code = "";
    }

    public string File { get; }

    public string Field { get; }

    public string Code { get; }
}
