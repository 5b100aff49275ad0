namespace TextMiner.Storage;

/// <summary>A store failure the caller can act on; <see cref="Code"/> is one of the <see cref="StorageErrors"/> codes.</summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
        Code = string.Empty;
    }

    public StorageException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    public StorageException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
